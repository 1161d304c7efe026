// The words of the checks in the reader's language: titles and "why" by check id, and the
// remediation notes and steps findings store as {key, values} (lib/checks/text.ts). Kept out of
// the request's messages (lib/i18n/request.ts) so that ~45 KB of check prose is not serialised
// into every page for client components that never show it; server code translates and passes
// strings down.
// use-intl/core, not next-intl: the collector and the scan pipeline call this from scripts run
// with the react-server condition, where next-intl's entry pulls in React hooks.
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { isText, type TStoredText, type TTextValue } from "../checks/text";
import type { TLocale } from "./locale";
import { CHECK_CATALOGUES } from "./messages";

export interface TCheckTexts {
  locale: TLocale;
  /** The check's title; its id when the check is unknown (a check removed since the scan). */
  title(checkId: string): string;
  why(checkId: string): string;
  /** A stored note or step: translated when it is a text, as stored when it is an old English sentence. */
  say(text: TStoredText): string;
}

type TTranslate = (key: string, values?: Record<string, string | number>) => string;

const cache = new Map<TLocale, TCheckTexts>();

export function checkTexts(locale: TLocale): TCheckTexts {
  let texts = cache.get(locale);
  if (!texts) {
    texts = createCheckTexts(locale);
    cache.set(locale, texts);
  }
  return texts;
}

/**
 * A fresh translator; `onError` sees every message that fails to format (a bad placeholder, an
 * ICU syntax error), which readers otherwise get as the key (tests make it throw).
 */
export function createCheckTexts(locale: TLocale, onError?: (error: Error) => void): TCheckTexts {
  const translator = createTranslator({
    locale,
    messages: CHECK_CATALOGUES[locale] as unknown as AbstractIntlMessages,
    namespace: "checks",
    ...(onError ? { onError } : {}),
  });
  // Keys are built from check ids and stored texts, so the translator is used untyped.
  const t = Object.assign((key: string, values?: Record<string, string | number>) => (translator as unknown as TTranslate)(key, values), {
    has: (key: string) => (translator.has as unknown as (key: string) => boolean)(key),
  });
  const metaOf = (checkId: string, field: "title" | "why") => {
    const key = `meta.${checkId}.${field}`;
    return t.has(key) ? t(key) : checkId;
  };
  const resolve = (value: TTextValue): string | number => {
    if (Array.isArray(value)) return value.map((item: TTextValue) => resolve(item)).join(", ");
    return isText(value) ? say(value) : (value as string | number);
  };
  const say = (text: TStoredText): string => {
    if (!isText(text)) return String(text);
    const key = `texts.${text.key}`;
    // A key unknown to this build (a text renamed since the finding was stored): its key, not a crash.
    if (!t.has(key)) return text.key;
    const values = text.values ? Object.fromEntries(Object.entries(text.values).map(([name, value]) => [name, resolve(value)])) : undefined;
    return t(key, values);
  };
  return { locale, title: (id) => metaOf(id, "title"), why: (id) => metaOf(id, "why"), say };
}
