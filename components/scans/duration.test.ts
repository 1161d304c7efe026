import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

const en = (value: number, options: Intl.NumberFormatOptions) => new Intl.NumberFormat("en", options).format(value);
const fr = (value: number, options: Intl.NumberFormatOptions) => new Intl.NumberFormat("fr", options).format(value);

describe("formatDuration", () => {
  it("writes short scans in seconds, with a decimal under ten seconds", () => {
    expect(formatDuration(1054, en)).toBe("1.1s");
    expect(formatDuration(42_400, en)).toBe("42s");
    expect(formatDuration(1054, fr)).toBe("1,1s");
  });
  it("writes longer ones in minutes and seconds, or hours and minutes", () => {
    expect(formatDuration(125_000, en)).toBe("2 min 5 sec");
    expect(formatDuration(120_000, en)).toBe("2 min");
    expect(formatDuration(3_725_000, en)).toBe("1 hr 2 min");
  });
});
