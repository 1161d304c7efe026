// The one colour scale of grades and compliance, for the dashboard (matrix, badges, heatmap,
// trends) and the PDF: five bands on the grade thresholds (gradeFor), blue → violet → magenta →
// orange → amber, lightness rising as compliance falls, readable with the common colour-vision
// deficiencies (no red/green pair). Colour is never alone: a grade letter or a percentage goes with it.
import { gradeFor, type TGrade } from "./posture";

export type TComplianceBand = TGrade | "none";

export const BAND_COLOURS: Readonly<Record<TComplianceBand, string>> = {
  A: "#2a4fa8",
  B: "#7a4bb8",
  C: "#c04a8a",
  D: "#e8734f",
  F: "#f6b13e",
  none: "#94a3b8",
};

/** Bands light enough to carry dark text (the others carry white). */
export const DARK_TEXT_BANDS: ReadonlySet<TComplianceBand> = new Set(["D", "F", "none"]);

/** The band of a compliance (0…1) on the grade thresholds; "none" when nothing was assessable. */
export function complianceBand(compliance: number | null): TComplianceBand {
  return compliance === null ? "none" : (gradeFor(compliance * 100) ?? "none");
}
