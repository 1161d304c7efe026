import { describe, expect, it } from "vitest";
import { postureScore } from "@/lib/scoring/posture";
import { priorityList } from "@/lib/scoring/priority";
import { DEFAULT_RATINGS, QUICK_WIN_IDS, type TQuickWinId, type TRating } from "@/lib/scoring/quick-wins";
import { emptyTally, type TQuickWinTally } from "@/lib/scoring/tally";
import { bubbleOrder, previewMatrix, type TObserved } from "./matrix-preview";

// A cluster with a bit of everything: fully compliant, never assessed, ties on score.
const FAILS: Record<TQuickWinId, [pass: number, fail: number]> = {
  QW1: [30, 4], QW2: [20, 20], QW3: [50, 0], QW4: [10, 6], QW5: [0, 0], QW6: [8, 8], QW7: [40, 12], QW8: [5, 5], QW9: [30, 9],
};
const tallies = Object.fromEntries(QUICK_WIN_IDS.map((id) => {
  const tally: TQuickWinTally = emptyTally(id);
  const [pass, fail] = FAILS[id];
  tally.counts = { pass, fail, waived: 0, not_assessable: 0 };
  tally.weighted = { pass: pass * 2, fail: fail * 5, waived: 0, not_assessable: 0 };
  return [id, tally];
})) as Record<TQuickWinId, TQuickWinTally>;

function observed(): Record<TQuickWinId, TObserved> {
  return Object.fromEntries(QUICK_WIN_IDS.map((id) => {
    const { weighted, counts } = tallies[id];
    const total = weighted.pass + weighted.fail + weighted.waived;
    return [id, { compliance: total === 0 ? null : 1 - weighted.fail / total, openFindings: counts.fail, weightedOpen: weighted.fail, waived: 0, notAssessable: 0 }];
  })) as Record<TQuickWinId, TObserved>;
}

const EDITED: Record<TQuickWinId, TRating> = { ...DEFAULT_RATINGS, QW4: { complexity: 1, gain: 5 }, QW3: { complexity: 4, gain: 2 } };

describe("previewMatrix", () => {
  it("orders 'do next' and scores posture exactly as lib/scoring does", () => {
    for (const ratings of [DEFAULT_RATINGS, EDITED]) {
      const preview = previewMatrix({ ...ratings }, observed());
      expect(preview.priority).toEqual(priorityList(tallies, ratings));
      expect(preview.postureScore).toBeCloseTo(postureScore(tallies, ratings)!);
    }
  });
  it("moves an edited quick win: QW4 at gain 5 becomes a quick win at the top of the list", () => {
    const before = previewMatrix({ ...DEFAULT_RATINGS }, observed());
    const after = previewMatrix(EDITED, observed());
    expect(before.quickWins.find((point) => point.quickWin === "QW4")).toMatchObject({ gain: 3, quadrant: "fill_ins", score: 5 });
    expect(after.quickWins.find((point) => point.quickWin === "QW4")).toMatchObject({ gain: 5, quadrant: "quick_wins", score: 9 });
    expect(after.priority[0]!.quickWin).toBe("QW4");
  });
  it("places bubbles without compliance when no cluster is chosen", () => {
    const preview = previewMatrix({ ...DEFAULT_RATINGS });
    expect(preview.quickWins).toHaveLength(9);
    expect(preview.quickWins.every((point) => point.compliance === null && point.openFindings === 0)).toBe(true);
    expect(preview.priority).toEqual([]);
    expect(preview.postureScore).toBeNull();
  });
});

describe("bubbleOrder", () => {
  it("follows the priority list, then the rest by score", () => {
    const preview = previewMatrix({ ...DEFAULT_RATINGS }, observed());
    const order = bubbleOrder(preview.quickWins, preview.priority).map((point) => point.quickWin);
    expect(order.slice(0, preview.priority.length)).toEqual(preview.priority.map((item) => item.quickWin));
    // QW3 (fully compliant, score 8) before QW5 (not assessable, score 7).
    expect(order.slice(preview.priority.length)).toEqual(["QW3", "QW5"]);
  });
});
