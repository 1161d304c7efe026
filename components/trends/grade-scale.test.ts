import { describe, expect, it } from "vitest";
import { complianceGrade, GRADE_BANDS } from "./grade-scale";

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
