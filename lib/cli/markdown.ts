// Markdown for pull-request comments: counts by severity, then the findings grouped by check.
// Names and messages come from the manifests, so every one is escaped to render as literal text
// (no links, images, HTML or broken tables), and long groups are cut to keep the comment readable.
import { CHECKS } from "../checks/registry";
import type { TRenderContext } from "./render-context";
import { objectLabel, plainText } from "./render-context";
import { SEVERITIES, type TScanReport, type TScanResult } from "./scan-report";

const ROWS_PER_CHECK = 25;

/** Literal text inside a Markdown table cell. */
export function markdownText(text: string): string {
  return plainText(text.replace(/\s+/g, " "))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_{}[\]()#+!|~]/g, (character) => `\\${character}`)
    .trim();
}

function row(result: TScanResult, context: TRenderContext): string {
  const location = result.location ? `${result.location.file}:${result.location.line}` : "";
  return `| ${markdownText(objectLabel(result))} | ${markdownText(context.t(`status.${result.status}`))} | ${markdownText(location)} | ${markdownText(result.message)} |`;
}

export function renderMarkdown(report: TScanReport, context: TRenderContext): string {
  const { t } = context;
  // Not-assessable results are counted in the summary line; the groups list what a reviewer acts on.
  const shown = report.results.filter((result) => result.status === "fail" || result.status === "waived");
  const lines = [`## ${markdownText(t("markdownTitle"))}`, ""];
  lines.push(`| ${t("markdownSeverity")} | ${t("markdownOpen")} | ${t("markdownWaived")} |`, "|---|---:|---:|");
  for (const severity of SEVERITIES) {
    const open = shown.filter((result) => result.severity === severity && result.status === "fail").length;
    const waived = shown.filter((result) => result.severity === severity && result.status === "waived").length;
    lines.push(`| ${markdownText(t(`severity.${severity}`))} | ${open} | ${waived} |`);
  }
  const counts = { pass: 0, fail: 0, waived: 0, not_assessable: 0 };
  for (const result of report.results) counts[result.status] += 1;
  lines.push("", markdownText(t("summary", { objects: report.objects, fail: counts.fail, waived: counts.waived, notAssessable: counts.not_assessable, pass: counts.pass })));
  if (shown.length === 0) lines.push("", markdownText(t("markdownNothingOpen")));
  const order = new Map(CHECKS.map((check, index) => [check.id, index]));
  const checks = [...new Set(shown.map((result) => result.check))].sort(
    (a, b) => SEVERITIES.indexOf(shown.find((r) => r.check === a)!.severity) - SEVERITIES.indexOf(shown.find((r) => r.check === b)!.severity) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  for (const check of checks) {
    const own = shown.filter((result) => result.check === check);
    const { severity, quickWin } = own[0]!;
    lines.push("", `### ${markdownText(context.texts.title(check))} (\`${check.replace(/`/g, "")}\`) · ${markdownText(t(`severity.${severity}`))} · ${quickWin}`, "");
    lines.push(markdownText(context.texts.why(check)), "");
    lines.push(`| ${t("markdownObject")} | ${t("markdownStatus")} | ${t("markdownLocation")} | ${t("markdownMessage")} |`, "|---|---|---|---|");
    for (const result of own.slice(0, ROWS_PER_CHECK)) lines.push(row(result, context));
    if (own.length > ROWS_PER_CHECK) lines.push("", markdownText(t("markdownMore", { count: own.length - ROWS_PER_CHECK })));
  }
  return `${lines.join("\n")}\n`;
}
