// The grade bands of scores and compliance for the trend charts and the namespace heatmap, in the
// one colour scale of the dashboard and the PDF (components/matrix/compliance-scale.ts BAND_COLOURS:
// blue → violet → magenta → orange → amber, no red/green pair). Bands come from lib/scoring's
// gradeFor itself, so a change of thresholds there moves them here. The value or the grade letter
// is always written beside the colour.
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

/**
 * Cell classes per grade: BAND_COLOURS' colour (grade-scale.test.ts keeps them equal) with text of
 * at least 4.5:1 contrast on it. Literal strings for Tailwind.
 */
export const GRADE_CELL_CLASSES: Record<TGrade, string> = {
  A: "bg-[#2a4fa8] text-white",
  B: "bg-[#7a4bb8] text-white",
  C: "bg-[#c04a8a] text-white",
  D: "bg-[#e8734f] text-slate-950",
  F: "bg-[#f6b13e] text-slate-950",
};

/** Not assessable: diagonal stripes, never a colour of the scale. */
export const NOT_ASSESSABLE_CLASSES =
  "bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgb(148_163_184/0.35)_4px_6px)] text-slate-600 dark:text-slate-400";

/** Opacity of the grade bands behind the posture line: a tint of each band's colour. */
export const GRADE_BAND_OPACITY = 0.1;
