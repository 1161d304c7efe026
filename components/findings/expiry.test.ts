import { describe, expect, it } from "vitest";
import { expiryBounds, parseExpiry } from "./expiry";

const now = new Date(2026, 10, 27, 15, 30); // 27 Nov 2026, local time

describe("expiryBounds", () => {
  it("runs from tomorrow to one year ahead, 90 days by default", () => {
    expect(expiryBounds(now)).toEqual({ min: "2026-11-28", initial: "2027-02-25", max: "2027-11-27" });
  });
});

describe("parseExpiry", () => {
  it("ends at the close of the chosen day, within the server's one-year limit", () => {
    const parsed = parseExpiry("2027-11-27", now);
    expect(parsed).toEqual({ ok: true, expiresAt: new Date(2027, 10, 27, 23, 59, 59) });
    if (parsed.ok) expect(parsed.expiresAt.getTime() - now.getTime()).toBeLessThan(366 * 24 * 3600 * 1000);
  });

  it("says what is wrong", () => {
    expect(parseExpiry("", now)).toEqual({ ok: false, error: "required" });
    expect(parseExpiry("27/11/2027", now)).toEqual({ ok: false, error: "invalid" });
    expect(parseExpiry("2027-02-30", now)).toEqual({ ok: false, error: "invalid" });
    expect(parseExpiry("2026-11-27", now)).toEqual({ ok: false, error: "past" });
    expect(parseExpiry("2027-11-28", now)).toEqual({ ok: false, error: "tooFar" });
  });
});
