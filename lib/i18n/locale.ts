// Which language a person reads: the choice saved on their account, else the one saved in this
// browser (cookie, also what the sign-in page sets), else the browser's Accept-Language, else
// English. Pure, so it is unit-tested without a request.
export const LOCALES = ["en", "fr"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";
export const LOCALE_COOKIE = "ramparts-locale";

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** One year: the choice outlives sessions (the sign-in page reads it too). */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/**
 * The user's saved locale, else the cookie's, else the best supported locale of an Accept-Language
 * header ("fr-CA,fr;q=0.9,en;q=0.8"), else English.
 */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null | undefined, saved?: string | null): TLocale {
  if (isLocale(saved)) return saved;
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLocale) ?? DEFAULT_LOCALE;
}

/**
 * The language of a JSON API reader: `?lang=en|fr`, else the signed-in user's saved choice
 * (`saved`, when the caller knows who it is), else the browser's (cookie), else Accept-Language,
 * else English. The check texts and the error messages (lib/api/route.ts) depend on it.
 */
export function requestLocale(request: Request, saved?: string | null): TLocale {
  const lang = new URL(request.url).searchParams.get("lang");
  if (isLocale(lang)) return lang;
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return pickLocale(cookie, request.headers.get("accept-language"), saved);
}

/** Each language's name in that language (the switch shows them so, whatever the page's language). */
export const LOCALE_NAMES: Record<TLocale, string> = { en: "English", fr: "Français" };
