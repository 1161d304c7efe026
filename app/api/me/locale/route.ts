import { parseBody } from "@/lib/api/body";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZLocaleBody, ZLocaleSaved } from "@/lib/api/schemas/me";
import { audit } from "@/lib/audit/audit";
import { saveUserLocale } from "@/lib/db/users";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/**
 * The language chosen in the header: saved on the signed-in user's account (it follows them to
 * every browser) and in a cookie (the sign-in page after signing out keeps it).
 */
export const PUT = route({ access: "viewer" }, async ({ request, principal }) => {
  const { locale } = await parseBody(request, ZLocaleBody, { maxBytes: 1024 });
  if (principal.kind === "user") {
    await saveUserLocale(principal.id, locale);
    await audit(request, principal, "user.locale_changed", { kind: "user", id: principal.id }, { locale });
  }
  const response = respond(ZLocaleSaved, { locale });
  response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax" });
  return response;
});
