// Findings of one namespace grouped by check, worst first (pure).
import type { TFinding } from "@/lib/api/schemas/findings";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { SEVERITIES, type TSeverityLevel } from "@/lib/scoring/weights";

export interface TCheckGroup {
  checkId: string;
  quickWin: TQuickWinId;
  /** The most severe of the group's findings (a check reports one severity; this stays right if it ever varies). */
  severity: TSeverityLevel;
  open: number;
  waived: number;
  items: TFinding[];
}

const rank = (severity: TSeverityLevel) => SEVERITIES.indexOf(severity);

/** Groups by check: most severe first, then most open findings, then check id; objects by kind and name. */
export function groupByCheck(findings: readonly TFinding[]): TCheckGroup[] {
  const groups = new Map<string, TCheckGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.checkId);
    if (!group) {
      group = { checkId: finding.checkId, quickWin: finding.quickWin, severity: finding.severity, open: 0, waived: 0, items: [] };
      groups.set(finding.checkId, group);
    }
    if (rank(finding.severity) < rank(group.severity)) group.severity = finding.severity;
    if (finding.status === "open") group.open++;
    else group.waived++;
    group.items.push(finding);
  }
  const objectKey = (finding: TFinding) => `${finding.objectKind}\u0000${finding.objectName}\u0000${finding.container ?? ""}`;
  for (const group of groups.values()) group.items.sort((a, b) => (objectKey(a) < objectKey(b) ? -1 : objectKey(a) > objectKey(b) ? 1 : 0));
  return [...groups.values()].sort((a, b) => rank(a.severity) - rank(b.severity) || b.open - a.open || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
}
