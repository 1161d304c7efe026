// The report's words, outside React server components: next-intl's createTranslator over the
// same catalogues the pages use (lib/i18n/messages.ts). The document's own words are under
// reports.pdf; quick-win names and summaries are the dashboard's (quickWins.*).
import { createTranslator } from "next-intl";
import type { TLocale } from "../i18n/locale";
import { CATALOGUES } from "../i18n/messages";
import type { TQuickWinId } from "../scoring/quick-wins";

export function reportTranslator(locale: TLocale) {
  const messages = CATALOGUES[locale];
  const t = createTranslator({ locale, messages, namespace: "reports.pdf" });
  const quickWins = createTranslator({ locale, messages, namespace: "quickWins" });
  return {
    t,
    quickWinName: (id: TQuickWinId) => quickWins(`${id}.name`),
    quickWinSummary: (id: TQuickWinId) => quickWins(`${id}.summary`),
  };
}

export type TReportTranslator = ReturnType<typeof reportTranslator>;
export type TReportT = TReportTranslator["t"];
