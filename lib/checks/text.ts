// A sentence a check gives a person (a remediation note, a manual step) as data: a key of the
// `checks.texts` catalogue (lib/i18n/messages/<locale>/checks.json) and the values of its
// placeholders. Findings store it so, and each reader sees it in their own language
// (lib/i18n/check-texts.ts); a value may itself be a text (a clause translated with the rest)
// or a list of them.
import type enChecks from "../i18n/messages/en/checks.json";

export type TCheckTextKey = keyof (typeof enChecks)["checks"]["texts"];
/** A list (of texts, say) reads as its items joined by ", ". */
export type TTextValue = string | number | TText | readonly TTextValue[];

export interface TText {
  key: TCheckTextKey;
  values?: Record<string, TTextValue>;
}

/** Remediations stored before check texts were translated hold English sentences: still shown. */
export type TStoredText = TText | string;

export function text(key: TCheckTextKey, values?: Record<string, TTextValue>): TText {
  return values ? { key, values } : { key };
}

export function isText(value: unknown): value is TText {
  return typeof value === "object" && value !== null && typeof (value as { key?: unknown }).key === "string";
}
