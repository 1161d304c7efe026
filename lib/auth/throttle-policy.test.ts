import { describe, expect, it } from "vitest";
import { ACCOUNT_ATTEMPT_LIMIT, ADDRESS_ATTEMPT_LIMIT, retryAfterSeconds, throttleKeys } from "./throttle-policy";

const now = new Date("2026-11-27T09:00:00Z");
const started = (secondsAgo: number) => new Date(now.getTime() - secondsAgo * 1000);

describe("sign-in throttle policy", () => {
  it("keys an account by its lowercased email and an address only when known", () => {
    expect(throttleKeys(" Admin@Example.TEST ", "203.0.113.7")).toEqual({ account: "account:admin@example.test", address: "address:203.0.113.7" });
    expect(throttleKeys("a@b.c", null).address).toBeNull();
  });

  it("lets the limit-th attempt through and refuses the next until the window ends", () => {
    expect(retryAfterSeconds([{ key: "account:a@b.c", attempts: ACCOUNT_ATTEMPT_LIMIT, windowStartedAt: started(60) }], now)).toBeNull();
    expect(retryAfterSeconds([{ key: "account:a@b.c", attempts: ACCOUNT_ATTEMPT_LIMIT + 1, windowStartedAt: started(60) }], now)).toBe(14 * 60);
  });

  it("has a higher limit per address, and answers the longest wait of the blocked counters", () => {
    const address = { key: "address:203.0.113.7", attempts: ACCOUNT_ATTEMPT_LIMIT + 1, windowStartedAt: started(600) };
    expect(retryAfterSeconds([address], now)).toBeNull();
    const blockedAddress = { ...address, attempts: ADDRESS_ATTEMPT_LIMIT + 1 };
    const blockedAccount = { key: "account:a@b.c", attempts: 9, windowStartedAt: started(60) };
    expect(retryAfterSeconds([blockedAddress, blockedAccount], now)).toBe(14 * 60);
    expect(retryAfterSeconds([blockedAddress], now)).toBe(5 * 60);
  });

  it("never answers less than a second", () => {
    expect(retryAfterSeconds([{ key: "account:a@b.c", attempts: 6, windowStartedAt: started(15 * 60) }], now)).toBe(1);
  });
});
