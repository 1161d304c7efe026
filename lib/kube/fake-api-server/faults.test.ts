import { describe, expect, it } from "vitest";
import { createFaultState, ZFaults } from "./faults";

describe("fault state", () => {
  it("fires counted faults that many times, on the chosen resources only", () => {
    const faults = createFaultState({ serverErrors: { resources: ["pods"], count: 2, status: 502 }, tooManyRequests: { count: 1, retryAfterSeconds: 4 } });
    expect(faults.serverError("secrets")).toBeUndefined();
    expect([faults.serverError("pods"), faults.serverError("pods"), faults.serverError("pods")]).toEqual([502, 502, undefined]);
    expect([faults.tooManyRequests("nodes"), faults.tooManyRequests("nodes")]).toEqual([4, undefined]);
  });

  it("repeats probabilistic 5xx exactly for the same seed", () => {
    const run = (seed: number) => {
      const faults = createFaultState({ serverErrors: { probability: 0.5, seed } });
      return Array.from({ length: 40 }, () => faults.serverError("pods") !== undefined);
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
    expect(run(3).filter(Boolean).length).toBeGreaterThan(5);
  });

  it("resets on the chosen page index only, and expires continue tokens the given number of times", () => {
    const faults = createFaultState({ resetMidList: { afterPages: 2 }, expireContinue: { resources: ["pods"], count: 1 } });
    expect([0, 1, 2, 2].map((page) => faults.resetDue("pods", page))).toEqual([false, false, true, false]);
    expect([faults.expireDue("secrets"), faults.expireDue("pods"), faults.expireDue("pods")]).toEqual([false, true, false]);
  });

  it("validates fault sets (the CLI's --faults)", () => {
    expect(ZFaults.safeParse({ latencyMs: -1 }).success).toBe(false);
    expect(ZFaults.safeParse({ serverErrors: { status: 404 } }).success).toBe(false);
    expect(createFaultState({ forbidden: ["secrets"] }).isForbidden("secrets")).toBe(true);
  });
});
