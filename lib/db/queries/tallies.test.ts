// Hand-computed: aggregate rows → tallies → lib/scoring, and exception shifts.
import { describe, expect, it } from "vitest";
import { DEFAULT_RATINGS } from "../../scoring/quick-wins";
import { scoreOf, shiftTallies, talliesOf, type TAggregateCounts } from "./tallies";

const row = (quickWin: TAggregateCounts["quickWin"], values: Partial<TAggregateCounts>): TAggregateCounts => ({
  quickWin, pass: 0, fail: 0, waived: 0, notAssessable: 0, weightedPass: 0, weightedFail: 0, weightedWaived: 0,
  openCritical: 0, openHigh: 0, openMedium: 0, openLow: 0, ...values,
});

// QW3: 1 critical fail (10), 3 critical passes (30); QW4: 2 medium fails (4), 2 medium passes (4).
const rows = [
  row("QW3", { pass: 3, fail: 1, weightedPass: 30, weightedFail: 10, openCritical: 1 }),
  row("QW4", { pass: 2, fail: 2, weightedPass: 4, weightedFail: 4, openMedium: 2 }),
];

describe("tallies from aggregates", () => {
  it("score exactly as a scan does: (5 × 0.75 + 3 × 0.5) / 8 = 65.625 → 65.63, grade from the unrounded score", () => {
    const score = scoreOf(talliesOf(rows), DEFAULT_RATINGS);
    expect(score).toMatchObject({ postureScore: 65.63, grade: "D" });
    expect(score.compliance).toMatchObject({ QW3: 0.75, QW4: 0.5, QW1: null });
  });

  it("leave quick wins without a row empty (not assessable, never a pass)", () => {
    const tallies = talliesOf([]);
    expect(tallies.QW7.counts).toEqual({ pass: 0, fail: 0, waived: 0, not_assessable: 0 });
    expect(scoreOf(tallies, DEFAULT_RATINGS)).toMatchObject({ postureScore: null, grade: null });
  });

  it("move findings an exception now covers from fail to waived, and back when it ends", () => {
    const tallies = talliesOf(rows);
    const waived = shiftTallies(tallies, [{ namespace: "payments", quickWin: "QW3", severity: "critical", from: "open", count: 1 }]);
    expect(waived.QW3).toMatchObject({ counts: { fail: 0, waived: 1, pass: 3 }, weighted: { fail: 0, waived: 10, pass: 30 }, openBySeverity: { critical: 0 } });
    // (5 × 1 + 3 × 0.5) / 8 = 81.25
    expect(scoreOf(waived, DEFAULT_RATINGS)).toMatchObject({ postureScore: 81.25, grade: "B" });
    expect(tallies.QW3.counts.fail).toBe(1); // the input is untouched
    const back = shiftTallies(waived, [{ namespace: null, quickWin: "QW3", severity: "critical", from: "waived", count: 1 }]);
    expect(back.QW3).toEqual(tallies.QW3);
  });
});
