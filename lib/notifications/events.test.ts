import { describe, expect, it } from "vitest";
import { eventsFor, gradeDropped } from "./events";
import { verdictFor } from "./backoff";

const ALL = ["new_critical_high", "grade_drop", "scan_failing_repeatedly"];
const facts = { compared: true, gradeBefore: "B", gradeAfter: "B", newCriticalHigh: 0, consecutiveFailures: 0 };

describe("regression events", () => {
  it("a grade drop is a worse letter, never an unknown one", () => {
    expect(gradeDropped("B", "C")).toBe(true);
    expect(gradeDropped("D", "F")).toBe(true);
    expect(gradeDropped("C", "B")).toBe(false);
    expect(gradeDropped(null, "F")).toBe(false);
  });

  it("raises only what the endpoint listens to", () => {
    const regressed = { ...facts, gradeAfter: "D", newCriticalHigh: 2 };
    expect(eventsFor(regressed, ALL, 3)).toEqual(["new_critical_high", "grade_drop"]);
    expect(eventsFor(regressed, ["grade_drop"], 3)).toEqual(["grade_drop"]);
  });

  it("says nothing about findings or grade without a previous scan to compare with", () => {
    expect(eventsFor({ ...facts, compared: false, gradeBefore: null, gradeAfter: "F", newCriticalHigh: 9 }, ALL, 3)).toEqual([]);
  });

  it("announces repeated failures once per streak, when the threshold is reached", () => {
    expect(eventsFor({ ...facts, compared: false, consecutiveFailures: 2 }, ALL, 3)).toEqual([]);
    expect(eventsFor({ ...facts, compared: false, consecutiveFailures: 3 }, ALL, 3)).toEqual(["scan_failing_repeatedly"]);
    expect(eventsFor({ ...facts, compared: false, consecutiveFailures: 4 }, ALL, 3)).toEqual([]);
  });
});

describe("what an answer means for a delivery", () => {
  it("retries network errors, 429 and 5xx; gives up on other 4xx and redirects", () => {
    expect([200, 204, null, 429, 500, 503, 400, 404, 410, 302].map(verdictFor)).toEqual([
      "delivered", "delivered", "retry", "retry", "retry", "retry", "give_up", "give_up", "give_up", "give_up",
    ]);
  });
});
