import { describe, expect, it } from "vitest";
import { countByGroup, exceptionGroup } from "./exception-groups";

describe("exception groups", () => {
  it("splits active exceptions on the 14-day warning the API computes", () => {
    expect(exceptionGroup({ state: "active", expiringSoon: true })).toBe("expiring");
    expect(exceptionGroup({ state: "active", expiringSoon: false })).toBe("active");
    expect(exceptionGroup({ state: "expired", expiringSoon: false })).toBe("expired");
    expect(exceptionGroup({ state: "revoked", expiringSoon: false })).toBe("revoked");
  });
  it("counts every group, empty ones included", () => {
    expect(countByGroup([{ group: "expiring" }, { group: "revoked" }, { group: "revoked" }])).toEqual({ expiring: 1, active: 0, expired: 0, revoked: 2 });
  });
});
