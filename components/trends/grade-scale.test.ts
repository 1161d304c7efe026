import { describe, expect, it } from "vitest";
import { BAND_COLOURS } from "@/components/matrix/compliance-scale";
import { complianceGrade, GRADE_BANDS, GRADE_CELL_CLASSES } from "./grade-scale";

describe("GRADE_BANDS", () => {
  it("follows gradeFor's thresholds, best first, covering 0–100 without gaps", () => {
    expect(GRADE_BANDS).toEqual([
      { grade: "A", from: 90, to: 100 },
      { grade: "B", from: 80, to: 90 },
      { grade: "C", from: 70, to: 80 },
      { grade: "D", from: 60, to: 70 },
      { grade: "F", from: 0, to: 60 },
    ]);
  });
});

describe("complianceGrade", () => {
  it("grades a 0–1 compliance like a score, and keeps null apart", () => {
    expect([complianceGrade(1), complianceGrade(0.9), complianceGrade(0.8999), complianceGrade(0), complianceGrade(null)]).toEqual(["A", "A", "B", "F", null]);
  });
});

describe("GRADE_CELL_CLASSES", () => {
  it("paints each grade in the matrix's and the PDF's colour, with readable text on it", () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const TEXT: Record<string, string> = { "text-white": "#ffffff", "text-slate-950": "#020618" };
    for (const band of GRADE_BANDS) {
      const classes = GRADE_CELL_CLASSES[band.grade];
      const background = BAND_COLOURS[band.grade];
      expect(classes).toContain(`bg-[${background}]`);
      const text = TEXT[classes.split(" ").find((name) => name in TEXT)!]!;
      const [light, dark] = [luminance(background), luminance(text)].sort((a, b) => b - a);
      expect((light! + 0.05) / (dark! + 0.05), band.grade).toBeGreaterThanOrEqual(4.5);
    }
  });
});
