// The API's error messages in either language (lib/i18n/messages/<locale>/api.json). Kept apart
// from the page catalogues' loader so that lib/errors.ts, which every layer imports (the CLI and
// the worker included), pulls in these two small files and nothing else.
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import enApi from "./messages/en/api.json";
import frApi from "./messages/fr/api.json";
import type { TLocale } from "./locale";

export type TApiErrorKey = keyof typeof enApi.apiErrors;
/** The values an error message's ICU placeholders take. */
export type TApiErrorValues = Record<string, string | number>;

const API_CATALOGUES: Record<TLocale, typeof enApi> = { en: enApi, fr: frApi };

type TTranslate = (key: string, values?: TApiErrorValues) => string;
const translators = new Map<TLocale, TTranslate>();

function translator(locale: TLocale): TTranslate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: API_CATALOGUES[locale] as unknown as AbstractIntlMessages,
      namespace: "apiErrors",
      // A message that cannot be formatted must still say something: next-intl's fallback is the key.
      onError: () => {},
    }) as unknown as TTranslate;
    translators.set(locale, t);
  }
  return t;
}

export function isApiErrorKey(value: string): value is TApiErrorKey {
  return Object.hasOwn(enApi.apiErrors, value);
}

/** An API error message in `locale`, its placeholders filled. */
export function formatApiError(locale: TLocale, key: TApiErrorKey, values: TApiErrorValues = {}): string {
  return translator(locale)(key, values);
}
