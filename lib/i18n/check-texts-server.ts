import "server-only";
// The check texts in the language of the page being rendered (next-intl's request locale).
import { getLocale } from "next-intl/server";
import { checkTexts, type TCheckTexts } from "./check-texts";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "./locale";

export async function getPageLocale(): Promise<TLocale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

export async function getCheckTexts(): Promise<TCheckTexts> {
  return checkTexts(await getPageLocale());
}
