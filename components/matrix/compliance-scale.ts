// The colour of a compliance (0…1) on the matrix and its legend, in the one scale of
// lib/scoring/band-colours.ts. Colour is never alone: every bubble also carries its percentage.
import { BAND_COLOURS, complianceBand, type TComplianceBand } from "@/lib/scoring/band-colours";

export { BAND_COLOURS, complianceBand, type TComplianceBand };

/** Best first, as the legend lists them. */
export const BANDS: readonly TComplianceBand[] = ["A", "B", "C", "D", "F", "none"];

/** The band's lower bound in percent (F and none have none). */
export const BAND_FLOOR: Readonly<Record<TComplianceBand, number | null>> = { A: 90, B: 80, C: 70, D: 60, F: null, none: null };

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
