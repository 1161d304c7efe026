// Compliance, posture score and grade exactly as PRODUCT.md defines them.
//   compliance(QW) = 1 − weighted fails ÷ weighted evaluations, where evaluations are pass, fail
//                    and waived (waived never counts as a failure); not-assessable results are
//                    coverage gaps, outside the ratio, never a pass.
//   posture        = 100 × gain-weighted mean of the compliances of the quick wins that have at
//                    least one evaluation; null when none has (nothing could be assessed).
//   grade          = A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F.
import { QUICK_WIN_IDS, type TQuickWinId, type TRating } from "./quick-wins";
import type { TQuickWinTally } from "./tally";

export type TGrade = "A" | "B" | "C" | "D" | "F";

/** Null when the quick win has no assessable evaluation at all. */
export function compliance(tally: TQuickWinTally): number | null {
  const { pass, fail, waived } = tally.weighted;
  const total = pass + fail + waived;
  return total === 0 ? null : 1 - fail / total;
}

export function postureScore(tallies: Record<TQuickWinId, TQuickWinTally>, ratings: Record<TQuickWinId, TRating>): number | null {
  let weightedSum = 0;
  let gainSum = 0;
  for (const id of QUICK_WIN_IDS) {
    const value = compliance(tallies[id]);
    if (value === null) continue;
    weightedSum += ratings[id].gain * value;
    gainSum += ratings[id].gain;
  }
  return gainSum === 0 ? null : (100 * weightedSum) / gainSum;
}

export function gradeFor(score: number | null): TGrade | null {
  if (score === null) return null;
  if (score >= 90) return "A";
  if (score >= 80) return "B";
  if (score >= 70) return "C";
  if (score >= 60) return "D";
  return "F";
}
