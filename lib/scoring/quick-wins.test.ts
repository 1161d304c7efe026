import { describe, expect, it } from "vitest";
import { DEFAULT_RATINGS, priorityScore, QUICK_WIN_IDS } from "./quick-wins";

describe("priorityScore", () => {
  it("is 2 × gain − complexity over the whole 1–5 range", () => {
    expect(priorityScore({ complexity: 5, gain: 1 })).toBe(-3);
    expect(priorityScore({ complexity: 1, gain: 5 })).toBe(9);
  });
  it("gives the documented default scores", () => {
    const scores = QUICK_WIN_IDS.map((id) => priorityScore(DEFAULT_RATINGS[id]));
    expect(scores).toEqual([6, 6, 8, 5, 7, 4, 7, 5, 6]);
  });
});
