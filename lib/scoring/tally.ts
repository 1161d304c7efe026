// Counts evaluations per quick win: how many passed, failed, were waived or could not be
// assessed, raw and severity-weighted. The input is any list of evaluations (engine results,
// or rows read back from the database), so the same numbers come out everywhere.
import { QUICK_WIN_IDS, type TQuickWinId } from "./quick-wins";
import { SEVERITY_WEIGHTS, type TSeverityLevel } from "./weights";

export type TEvaluationStatus = "pass" | "fail" | "waived" | "not_assessable";

export interface TEvaluation {
  quickWin: TQuickWinId;
  severity: TSeverityLevel;
  status: TEvaluationStatus;
}

export interface TStatusCounts {
  pass: number;
  fail: number;
  waived: number;
  not_assessable: number;
}

export interface TQuickWinTally {
  quickWin: TQuickWinId;
  counts: TStatusCounts;
  weighted: TStatusCounts;
  /** Open (failing, not waived) findings by severity. */
  openBySeverity: Record<TSeverityLevel, number>;
}

function zero(): TStatusCounts {
  return { pass: 0, fail: 0, waived: 0, not_assessable: 0 };
}

export function emptyTally(quickWin: TQuickWinId): TQuickWinTally {
  return { quickWin, counts: zero(), weighted: zero(), openBySeverity: { critical: 0, high: 0, medium: 0, low: 0 } };
}

export function tallyEvaluations(evaluations: Iterable<TEvaluation>): Record<TQuickWinId, TQuickWinTally> {
  const tallies = Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, emptyTally(id)])) as Record<TQuickWinId, TQuickWinTally>;
  for (const evaluation of evaluations) {
    const tally = tallies[evaluation.quickWin];
    if (!tally) continue;
    tally.counts[evaluation.status] += 1;
    tally.weighted[evaluation.status] += SEVERITY_WEIGHTS[evaluation.severity];
    if (evaluation.status === "fail") tally.openBySeverity[evaluation.severity] += 1;
  }
  return tallies;
}
