// A check's title for a notification, in the endpoint's language, through use-intl's core (no React:
// the worker runs with the react-server condition), as lib/i18n/check-texts.ts does for pages.
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import type { TLocale } from "../i18n/locale";
import { CHECK_CATALOGUES } from "../i18n/messages";

type TTranslator = { (key: string): string; has(key: string): boolean };
const translators = new Map<TLocale, TTranslator>();

export function checkTitle(checkId: string, locale: TLocale): string {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: CHECK_CATALOGUES[locale] as unknown as AbstractIntlMessages, namespace: "checks" }) as unknown as TTranslator;
    translators.set(locale, t);
  }
  const key = `meta.${checkId}.title`;
  // A check removed since the scan: its id, as the pages show it.
  return t.has(key) ? t(key) : checkId;
}
