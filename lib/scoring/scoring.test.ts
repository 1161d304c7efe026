// Hand-computed examples for every formula of the scoring model.
import { describe, expect, it } from "vitest";
import { matrixPoints, quadrantOf } from "./matrix";
import { compliance, gradeFor, postureScore } from "./posture";
import { priorityList } from "./priority";
import { DEFAULT_RATINGS, QUICK_WIN_IDS, type TQuickWinId } from "./quick-wins";
import { tallyEvaluations, type TEvaluation } from "./tally";

const ev = (quickWin: TQuickWinId, severity: TEvaluation["severity"], status: TEvaluation["status"], times = 1): TEvaluation[] =>
  Array.from({ length: times }, () => ({ quickWin, severity, status }));

describe("compliance", () => {
  it("is 1 − weighted fails ÷ weighted evaluations", () => {
    // QW3: 1 critical fail (10), 2 high passes (10), 3 low passes (3) → 1 − 10/23
    const tallies = tallyEvaluations([...ev("QW3", "critical", "fail"), ...ev("QW3", "high", "pass", 2), ...ev("QW3", "low", "pass", 3)]);
    expect(compliance(tallies.QW3)).toBeCloseTo(13 / 23, 10);
  });
  it("counts a waived result as evaluated but not failing", () => {
    // high waived (5) + medium fail (2) → 1 − 2/7
    const tallies = tallyEvaluations([...ev("QW5", "high", "waived"), ...ev("QW5", "medium", "fail")]);
    expect(compliance(tallies.QW5)).toBeCloseTo(5 / 7, 10);
    expect(tallies.QW5.openBySeverity).toEqual({ critical: 0, high: 0, medium: 1, low: 0 });
  });
  it("leaves not-assessable out of the ratio and is null when nothing was assessable", () => {
    const tallies = tallyEvaluations([...ev("QW1", "high", "not_assessable", 4), ...ev("QW2", "low", "fail"), ...ev("QW2", "critical", "not_assessable")]);
    expect(compliance(tallies.QW1)).toBeNull();
    expect(compliance(tallies.QW2)).toBe(0);
    expect(tallies.QW1.counts.not_assessable).toBe(4);
  });
  it("is 1 when everything is waived", () => {
    expect(compliance(tallyEvaluations(ev("QW7", "critical", "waived", 3)).QW7)).toBe(1);
  });
});

describe("posture score and grade", () => {
  it("is the gain-weighted mean of compliances, over assessable quick wins", () => {
    // QW3 (gain 5) compliance 0.5; QW4 (gain 3) compliance 1; others not assessed.
    // (5 × 0.5 + 3 × 1) / (5 + 3) = 5.5 / 8 = 0.6875 → 68.75
    const tallies = tallyEvaluations([...ev("QW3", "high", "fail"), ...ev("QW3", "high", "pass"), ...ev("QW4", "low", "pass")]);
    expect(postureScore(tallies, DEFAULT_RATINGS)).toBeCloseTo(68.75, 10);
    expect(gradeFor(68.75)).toBe("D");
  });
  it("is 100 when all nine are fully compliant", () => {
    const tallies = tallyEvaluations(QUICK_WIN_IDS.flatMap((id) => ev(id, "medium", "pass")));
    expect(postureScore(tallies, DEFAULT_RATINGS)).toBe(100);
  });
  it("is null (no grade) for an empty cluster or when nothing was assessable", () => {
    expect(postureScore(tallyEvaluations([]), DEFAULT_RATINGS)).toBeNull();
    expect(postureScore(tallyEvaluations(ev("QW1", "high", "not_assessable")), DEFAULT_RATINGS)).toBeNull();
    expect(gradeFor(null)).toBeNull();
  });
  it("uses the documented grade boundaries", () => {
    expect([90, 89.99, 80, 79.99, 70, 69.99, 60, 59.99, 0].map(gradeFor)).toEqual(["A", "B", "B", "C", "C", "D", "D", "F", "F"]);
  });
});

describe("priority list", () => {
  it("lists not fully compliant quick wins by score, then by weighted open findings", () => {
    const tallies = tallyEvaluations([
      ...ev("QW4", "low", "fail", 9), // score 5, weighted open 9
      ...ev("QW8", "high", "fail", 2), // score 5, weighted open 10
      ...ev("QW3", "low", "fail"), // score 8
      ...ev("QW6", "low", "pass"), // fully compliant: not listed
      ...ev("QW5", "high", "waived"), // all waived: compliant, not listed
    ]);
    expect(priorityList(tallies, DEFAULT_RATINGS).map((item) => item.quickWin)).toEqual(["QW3", "QW8", "QW4"]);
  });
  it("breaks full ties by id and follows changed ratings", () => {
    const tallies = tallyEvaluations([...ev("QW1", "low", "fail"), ...ev("QW2", "low", "fail")]);
    expect(priorityList(tallies, DEFAULT_RATINGS).map((item) => item.quickWin)).toEqual(["QW1", "QW2"]);
    const ratings = { ...DEFAULT_RATINGS, QW2: { complexity: 1, gain: 5 } };
    expect(priorityList(tallies, ratings)[0]).toMatchObject({ quickWin: "QW2", score: 9 });
  });
  it("is empty for an empty cluster", () => {
    expect(priorityList(tallyEvaluations([]), DEFAULT_RATINGS)).toEqual([]);
  });
});

describe("matrix placement", () => {
  it("names quadrants with the middle value on neither favourable side", () => {
    expect(quadrantOf({ complexity: 2, gain: 5 })).toBe("quick_wins");
    expect(quadrantOf({ complexity: 3, gain: 5 })).toBe("major_projects");
    expect(quadrantOf({ complexity: 1, gain: 3 })).toBe("fill_ins");
    expect(quadrantOf({ complexity: 4, gain: 2 })).toBe("thankless");
  });
  it("spreads quick wins that share a cell and keeps lone ones centred", () => {
    const points = matrixPoints(DEFAULT_RATINGS);
    // QW1, QW2 and QW9 share (2, 4); QW5 and QW7 share (3, 5); QW3 is alone at (2, 5).
    const shared = points.filter((point) => point.complexity === 2 && point.gain === 4);
    expect(shared.map((point) => point.quickWin)).toEqual(["QW1", "QW2", "QW9"]);
    const offsets = new Set(shared.map((point) => `${point.dx},${point.dy}`));
    expect(offsets.size).toBe(3);
    for (const point of shared) expect(Math.hypot(point.dx, point.dy)).toBeCloseTo(0.3, 3);
    expect(points.find((point) => point.quickWin === "QW3")).toMatchObject({ dx: 0, dy: 0, quadrant: "quick_wins" });
  });
});
