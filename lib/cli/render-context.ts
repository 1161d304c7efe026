// What every output format needs besides the report: the reader's words.
import type { TCheckTexts } from "../i18n/check-texts";
import type { TLocale } from "../i18n/locale";
import { CATALOGUES } from "../i18n/messages";
import type { TScanResult } from "./scan-report";

export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

export interface TRenderContext {
  locale: TLocale;
  /** The `cli` namespace of the catalogue. */
  t: TTranslate;
  texts: TCheckTexts;
  quickWin(id: string): { name: string; summary: string };
  /** The package version, for tool metadata. */
  version: string;
}

export function quickWinTexts(locale: TLocale): TRenderContext["quickWin"] {
  const quickWins = CATALOGUES[locale].quickWins as Record<string, { name: string; summary: string }>;
  return (id) => quickWins[id] ?? { name: id, summary: "" };
}

/** Kind/namespace/name [container]: how every format names a result's object. */
export function objectLabel(result: Pick<TScanResult, "object" | "container">): string {
  const { kind, namespace, name } = result.object;
  return `${kind}/${namespace ? `${namespace}/` : ""}${name}${result.container ? ` [${result.container}]` : ""}`;
}

/**
 * Text from the manifests made safe for a terminal or a CI log: control characters (ANSI escape
 * sequences that could rewrite or hide lines, newlines that fake a row) become "�".
 */
export function plainText(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, "\uFFFD");
}
