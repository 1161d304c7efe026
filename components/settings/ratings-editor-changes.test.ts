import { describe, expect, it } from "vitest";
import { DEFAULT_RATINGS } from "@/lib/scoring/quick-wins";
import { plainRatings, ratingsChanges } from "./ratings-editor-changes";

describe("ratingsChanges", () => {
  it("lists every changed complexity and gain, in quick-win order", () => {
    const after = { ...DEFAULT_RATINGS, QW4: { complexity: 1, gain: 5 }, QW2: { complexity: 3, gain: 2 } };
    expect(ratingsChanges({ ...DEFAULT_RATINGS }, after)).toEqual([
      { quickWin: "QW2", field: "complexity", from: 2, to: 3 },
      { quickWin: "QW2", field: "gain", from: 4, to: 2 },
      { quickWin: "QW4", field: "gain", from: 3, to: 5 },
    ]);
  });
  it("is empty when nothing changed", () => {
    expect(ratingsChanges({ ...DEFAULT_RATINGS }, { ...DEFAULT_RATINGS })).toEqual([]);
  });
});

describe("plainRatings", () => {
  it("drops the derived score", () => {
    const withScore = Object.fromEntries(Object.entries(DEFAULT_RATINGS).map(([id, rating]) => [id, { ...rating, score: 1 }])) as unknown as typeof DEFAULT_RATINGS;
    expect(plainRatings(withScore)).toEqual(DEFAULT_RATINGS);
  });
});
