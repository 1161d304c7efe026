"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/locale";

/**
 * The header's language choice. Signed in, it is saved on the account (PUT /api/me/locale, which
 * also sets the cookie); on the sign-in page, in the cookie only. The page then loads again whole,
 * so server-rendered text, <html lang> and cached API answers all follow.
 */
export function LanguageSwitch({ signedIn, saved }: { signedIn: boolean; saved: TLocale | null }) {
  const t = useTranslations("nav");
  const current = useLocale();
  const id = useId();
  const [state, setState] = useState<"idle" | "saving" | "failed">("idle");

  // The account's saved language wins over this browser's cookie; the cookie follows it, so the
  // JSON API (which reads the cookie) and the sign-in page after signing out agree with the pages.
  useEffect(() => {
    if (saved && !document.cookie.split("; ").includes(`${LOCALE_COOKIE}=${saved}`)) writeCookie(saved);
  }, [saved]);

  async function choose(locale: TLocale) {
    setState("saving");
    if (signedIn) {
      const response = await fetch("/api/me/locale", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ locale }),
      }).catch(() => null);
      if (!response?.ok) {
        setState("failed");
        return;
      }
    } else {
      writeCookie(locale);
    }
    window.location.reload();
  }

  return (
    <div className="text-xs md:mt-4">
      <label htmlFor={id} className="mr-2 text-slate-600 md:mb-1 md:mr-0 md:block dark:text-slate-400">{t("language")}</label>
      <select
        id={id}
        value={current}
        disabled={state === "saving"}
        onChange={(event) => {
          if (isLocale(event.target.value)) void choose(event.target.value);
        }}
        className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 disabled:opacity-60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>{LOCALE_NAMES[locale]}</option>
        ))}
      </select>
      <p role="status" className="mt-1 text-slate-600 dark:text-slate-400">{state === "saving" ? t("languageSaving") : null}</p>
      {state === "failed" ? <p role="alert" className="mt-1 text-red-700 dark:text-red-300">{t("languageFailed")}</p> : null}
    </div>
  );
}

function writeCookie(locale: string) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
}
