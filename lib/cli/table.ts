// Plain-text table for people reading a terminal.
import type { TCheckTexts } from "../i18n/check-texts";
import { plainText } from "./render-context";
import type { TScanReport } from "./scan-report";

type TTranslate = (key: string, values?: Record<string, string | number>) => string;

const SEVERITY_ORDER = ["critical", "high", "medium", "low"];

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** Results grouped by check, each group under the check's title in the reader's language. */
export function renderTable(report: TScanReport, t: TTranslate, texts: TCheckTexts): string {
  const rows = [...report.results].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.check.localeCompare(b.check),
  );
  const counts = { pass: 0, fail: 0, waived: 0, not_assessable: 0 };
  for (const row of report.results) counts[row.status] += 1;
  const lines: string[] = [];
  if (rows.length === 0) lines.push(t("nothingToReport"));
  else {
    lines.push([pad(t("headSeverity"), 9), pad(t("headStatus"), 9), pad(t("headQuickWin"), 4), pad(t("headObject"), 48), t("headMessage")].join(" "));
    let check: string | undefined;
    for (const row of rows) {
      if (row.check !== check) {
        check = row.check;
        lines.push("", t("checkHeading", { title: texts.title(row.check), check: row.check }));
      }
      const object = `${row.object.kind}/${row.object.namespace ? `${row.object.namespace}/` : ""}${row.object.name}${row.container ? ` [${row.container}]` : ""}`;
      lines.push([pad(row.severity, 9), pad(t(`status.${row.status}`), 9), pad(row.quickWin, 4), pad(plainText(object), 48), plainText(row.message)].join(" "));
    }
  }
  lines.push("", t("summary", { objects: report.objects, fail: counts.fail, waived: counts.waived, notAssessable: counts.not_assessable, pass: counts.pass }));
  return `${lines.join("\n")}\n`;
}
