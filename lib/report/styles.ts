// Page geometry, type and colours of the PDF. Helvetica is one of the PDF's built-in fonts:
// nothing is downloaded or embedded at render time.
import { StyleSheet } from "@react-pdf/renderer";

export const PAGE = { width: 595.28, height: 841.89, margin: 42 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const INK = "#0f172a";
export const MUTED = "#475569";
export const RULE = "#cbd5e1";
export const SOFT = "#f1f5f9";
export const BRAND = "#1e3a8a";
/** New findings (orange) and resolved ones (blue): a colour-blind-safe pair, always labelled too. */
export const NEW_COLOUR = "#e8734f";
export const RESOLVED_COLOUR = "#2a4fa8";

/** The dashboard's grade and compliance scale (lib/scoring/band-colours.ts). */
export { BAND_COLOURS, DARK_TEXT_BANDS } from "../scoring/band-colours";

export const styles = StyleSheet.create({
  page: { paddingTop: PAGE.margin, paddingBottom: PAGE.margin + 18, paddingHorizontal: PAGE.margin, fontFamily: "Helvetica", fontSize: 9, color: INK },
  footer: { position: "absolute", left: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin - 14, fontSize: 7.5, color: MUTED, textAlign: "center" },
  eyebrow: { fontSize: 8, color: BRAND, fontFamily: "Helvetica-Bold", textTransform: "uppercase", marginBottom: 4 },
  h1: { fontSize: 20, fontFamily: "Helvetica-Bold", marginBottom: 10 },
  h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 5, color: BRAND },
  h3: { fontSize: 9.5, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 3 },
  body: { fontSize: 9 },
  small: { fontSize: 7.5, color: MUTED },
  muted: { color: MUTED },
  bold: { fontFamily: "Helvetica-Bold" },
  row: { flexDirection: "row" },
  tableHead: { flexDirection: "row", borderBottomWidth: 0.8, borderBottomColor: INK, paddingBottom: 2, marginBottom: 2, fontFamily: "Helvetica-Bold", fontSize: 8 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.4, borderBottomColor: RULE, paddingVertical: 2.5 },
  cell: { paddingRight: 6 },
  box: { backgroundColor: SOFT, borderRadius: 4, padding: 10 },
});
