// The colour scale of scores and compliance, shared by the trend charts and the namespace heatmap.
// Bands come from lib/scoring's gradeFor itself, so a change of thresholds there moves them here.
// One hue (orange) whose strength grows as the score falls: readable with any colour vision, and
// the value is always written beside the colour.
import { gradeFor, type TGrade } from "@/lib/scoring/posture";

export interface TGradeBand {
  grade: TGrade;
  /** Lowest score (0–100) with this grade. */
  from: number;
  /** Where the next grade starts (100 for the best one). */
  to: number;
}

/** Best grade first. Assumes whole-number thresholds, as PRODUCT.md defines them. */
export const GRADE_BANDS: readonly TGradeBand[] = (() => {
  const bands: TGradeBand[] = [];
  for (let score = 100; score >= 0; score--) {
    const grade = gradeFor(score)!;
    const last = bands.at(-1);
    if (last?.grade === grade) last.from = score;
    else bands.push({ grade, from: score, to: last ? last.from : 100 });
  }
  return bands;
})();

/** Grade of a compliance (0–1), or null for "nothing assessable". */
export function complianceGrade(compliance: number | null): TGrade | null {
  return compliance === null ? null : gradeFor(compliance * 100);
}

/** Cell classes per grade: pale for good, strong for poor, in light and dark. Literal strings for Tailwind. */
export const GRADE_CELL_CLASSES: Record<TGrade, string> = {
  A: "bg-orange-50 text-slate-900 dark:bg-slate-800 dark:text-slate-100",
  B: "bg-orange-100 text-slate-900 dark:bg-orange-950 dark:text-orange-50",
  C: "bg-orange-200 text-slate-900 dark:bg-orange-900 dark:text-orange-50",
  D: "bg-orange-400 text-slate-950 dark:bg-orange-700 dark:text-white",
  F: "bg-orange-700 text-white dark:bg-orange-500 dark:text-slate-950",
};

/** Not assessable: diagonal stripes, never a colour of the scale. */
export const NOT_ASSESSABLE_CLASSES =
  "bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgb(148_163_184/0.35)_4px_6px)] text-slate-600 dark:text-slate-400";

/** Opacity of each grade's band behind the posture line (one orange, stronger as the grade falls). */
export const GRADE_BAND_OPACITY: Record<TGrade, number> = { A: 0.02, B: 0.05, C: 0.09, D: 0.13, F: 0.17 };
