import { describe, expect, it } from "vitest";
import { flooredPercent, scanLabels } from "./trend-format";

describe("flooredPercent", () => {
  it("never rounds up to a full 100 % and survives binary fractions", () => {
    expect([flooredPercent(0.996), flooredPercent(1), flooredPercent(0.29), flooredPercent(0.29166), flooredPercent(0)]).toEqual([0.99, 1, 0.29, 0.29, 0]);
  });
});

describe("scanLabels", () => {
  it("adds the time only where two scans share a day", () => {
    const dates = [new Date("2026-11-05T04:31:00Z"), new Date("2026-11-27T04:31:00Z"), new Date("2026-11-27T10:00:00Z")];
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const dayAndTime = (date: Date) => date.toISOString().slice(0, 16);
    expect(scanLabels(dates, day, dayAndTime)).toEqual(["2026-11-05", "2026-11-27T04:31", "2026-11-27T10:00"]);
  });
});
