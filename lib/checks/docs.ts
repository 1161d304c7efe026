// docs/checks.md, generated from the registry (npm run docs:checks); a test fails when stale.
import { QUICK_WIN_IDS } from "../scoring/quick-wins";
import { CATALOGUES } from "../i18n/messages";
import { checkTexts } from "../i18n/check-texts";
import type { TCheckMeta } from "./types";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

export function renderChecksMarkdown(checks: readonly TCheckMeta[]): string {
  const lines = [
    "# Ramparts checks",
    "",
    "Generated from the check registry (`lib/checks/registry.ts`) by `npm run docs:checks`; do not edit by hand.",
    "",
    `${checks.length} checks. Severity weights in compliance: critical 10, high 5, medium 2, low 1.`,
    "",
  ];
  // The reference documentation is in English; the dashboard, API, PDF and CLI speak both languages.
  const texts = checkTexts("en");
  for (const quickWin of QUICK_WIN_IDS) {
    const own = checks.filter((check) => check.quickWin === quickWin);
    lines.push(`## ${quickWin} — ${CATALOGUES.en.quickWins[quickWin].name}`, "");
    lines.push("| id | title | severity | CIS | PSS | why |", "|---|---|---|---|---|---|");
    for (const check of own) {
      const pss = check.pss ? `${check.pss.level}: ${check.pss.control}` : "";
      lines.push(`| \`${check.id}\` | ${cell(texts.title(check.id))} | ${check.severity} | ${check.cis ?? ""} | ${pss} | ${cell(texts.why(check.id))} |`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
