import { describe, expect, it } from "vitest";
import { backoffDelay, sleep, type TBackoff } from "./retry";

const backoff = (random: number): TBackoff => ({ baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000, random: () => random });

describe("backoffDelay", () => {
  it("doubles each attempt up to the cap, with half the step left to jitter", () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(backoff(0), attempt))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(backoff(0.999999), attempt)).map(Math.round)).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it("takes Retry-After as a floor, capped", () => {
    expect(backoffDelay(backoff(0.5), 1, 2_000)).toBe(2_000);
    expect(backoffDelay(backoff(0.5), 4, 0)).toBe(600); // the server said "now": backoff still applies
    expect(backoffDelay(backoff(0.5), 1, 3_600_000)).toBe(5_000);
  });
});

describe("sleep", () => {
  it("rejects with the abort reason as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const reason = new Error("deadline");
    const started = Date.now();
    const slept = sleep(10_000, controller.signal);
    controller.abort(reason);
    await expect(slept).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
