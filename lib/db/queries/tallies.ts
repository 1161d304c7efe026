// From stored scan_aggregates rows to the numbers people see. Pure: every posture, grade and
// compliance of the API (and of the pages and the PDF, which read the same modules) is computed
// here with lib/scoring over the same aggregates, never re-derived elsewhere.
import { compliance, gradeFor, postureScore, type TGrade } from "../../scoring/posture";
import { QUICK_WIN_IDS, type TQuickWinId, type TRating } from "../../scoring/quick-wins";
import { emptyTally, type TQuickWinTally } from "../../scoring/tally";
import { SEVERITY_WEIGHTS, type TSeverityLevel } from "../../scoring/weights";

/** The counting columns of a scan_aggregates row. */
export interface TAggregateCounts {
  quickWin: TQuickWinId;
  pass: number;
  fail: number;
  waived: number;
  notAssessable: number;
  weightedPass: number;
  weightedFail: number;
  weightedWaived: number;
  openCritical: number;
  openHigh: number;
  openMedium: number;
  openLow: number;
}

export type TTallies = Record<TQuickWinId, TQuickWinTally>;

/**
 * The part of an aggregate row that compliance, posture and open-finding totals need. History
 * reads (trends, sparklines) fetch only this, which is several times cheaper over a year of scans;
 * the counts they leave out are zero in the tallies built from them.
 */
export type TScoringRow = Pick<TAggregateCounts, "quickWin" | "fail" | "weightedPass" | "weightedFail" | "weightedWaived">;

export function tallyOf(row: TScoringRow & Partial<TAggregateCounts>): TQuickWinTally {
  return {
    quickWin: row.quickWin,
    counts: { pass: row.pass ?? 0, fail: row.fail, waived: row.waived ?? 0, not_assessable: row.notAssessable ?? 0 },
    // Not-assessable results carry no weight in any formula; the aggregate does not store it.
    weighted: { pass: row.weightedPass, fail: row.weightedFail, waived: row.weightedWaived, not_assessable: 0 },
    openBySeverity: { critical: row.openCritical ?? 0, high: row.openHigh ?? 0, medium: row.openMedium ?? 0, low: row.openLow ?? 0 },
  };
}

/** Nine tallies from the rows of one scan and one namespace; quick wins without a row are empty. */
export function talliesOf(rows: Iterable<TScoringRow & Partial<TAggregateCounts>>): TTallies {
  const tallies = Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, emptyTally(id)])) as TTallies;
  for (const row of rows) tallies[row.quickWin] = tallyOf(row);
  return tallies;
}

export interface TScore {
  /** 0–100, rounded to two decimals as scans store it; null when nothing could be assessed. */
  postureScore: number | null;
  grade: TGrade | null;
  compliance: Record<TQuickWinId, number | null>;
}

/** Posture, grade and compliance exactly as a scan computes them (lib/scans/summarize.ts). */
export function scoreOf(tallies: TTallies, ratings: Record<TQuickWinId, TRating>): TScore {
  const score = postureScore(tallies, ratings);
  return {
    postureScore: score === null ? null : Math.round(score * 100) / 100,
    grade: gradeFor(score),
    compliance: Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, compliance(tallies[id])])) as Record<TQuickWinId, number | null>,
  };
}

export function openFindingsOf(tallies: TTallies): number {
  return QUICK_WIN_IDS.reduce((sum, id) => sum + tallies[id].counts.fail, 0);
}

/** `count` findings of one quick win and severity whose status today differs from the recorded one. */
export interface TStatusShift {
  namespace: string | null;
  quickWin: TQuickWinId;
  severity: TSeverityLevel;
  from: "open" | "waived";
  count: number;
}

/**
 * Applies exceptions created or ended since the scan: a finding now waived moves from fail to
 * waived (it stays an evaluation, so compliance rises, as PRODUCT.md counts waivers), and one
 * whose exception ended moves back. Returns new tallies; the input is not changed.
 */
export function shiftTallies(tallies: TTallies, shifts: Iterable<TStatusShift>): TTallies {
  const next = Object.fromEntries(QUICK_WIN_IDS.map((id) => {
    const tally = tallies[id];
    return [id, { quickWin: id, counts: { ...tally.counts }, weighted: { ...tally.weighted }, openBySeverity: { ...tally.openBySeverity } }];
  })) as TTallies;
  for (const shift of shifts) {
    const tally = next[shift.quickWin];
    const sign = shift.from === "open" ? 1 : -1; // +1: fail → waived
    const weight = SEVERITY_WEIGHTS[shift.severity] * shift.count;
    tally.counts.fail -= sign * shift.count;
    tally.counts.waived += sign * shift.count;
    tally.weighted.fail -= sign * weight;
    tally.weighted.waived += sign * weight;
    tally.openBySeverity[shift.severity] -= sign * shift.count;
  }
  return next;
}
