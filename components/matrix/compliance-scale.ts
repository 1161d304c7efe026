// The colour of a compliance (0…1) on the matrix and its legend: five bands on the grade
// thresholds (lib/scoring gradeFor), a sequential blue → violet → magenta → orange → amber scale
// whose lightness rises as compliance falls, readable with the common colour-vision deficiencies
// (no red/green pair). Colour is never alone: every bubble also carries its percentage.
import { gradeFor, type TGrade } from "@/lib/scoring/posture";

export type TComplianceBand = TGrade | "none";

export const BAND_COLOURS: Readonly<Record<TComplianceBand, string>> = {
  A: "#2a4fa8",
  B: "#7a4bb8",
  C: "#c04a8a",
  D: "#e8734f",
  F: "#f6b13e",
  none: "#94a3b8",
};

/** Best first, as the legend lists them. */
export const BANDS: readonly TComplianceBand[] = ["A", "B", "C", "D", "F", "none"];

/** The band's lower bound in percent (F and none have none). */
export const BAND_FLOOR: Readonly<Record<TComplianceBand, number | null>> = { A: 90, B: 80, C: 70, D: 60, F: null, none: null };

export function complianceBand(compliance: number | null): TComplianceBand {
  return compliance === null ? "none" : (gradeFor(compliance * 100) ?? "none");
}

export function complianceColour(compliance: number | null): string {
  return BAND_COLOURS[complianceBand(compliance)];
}

/**
 * The compliance as shown (a ratio for Intl's percent style), rounded DOWN to a whole percent so
 * that "100 %" only ever means fully compliant.
 */
export function flooredCompliance(compliance: number): number {
  return Math.floor(compliance * 100 + 1e-9) / 100;
}
