import { describe, expect, it } from "vitest";
import { pickLocale, requestLocale } from "./locale";

describe("pickLocale", () => {
  it("keeps a saved choice over the browser's", () => {
    expect(pickLocale("fr", "en-US,en;q=0.9")).toBe("fr");
  });
  it("follows Accept-Language weights and regional tags", () => {
    expect(pickLocale(undefined, "de-DE,fr-CA;q=0.9,en;q=0.8")).toBe("fr");
    expect(pickLocale(undefined, "en;q=0.5,fr;q=0.6")).toBe("fr");
  });
  it("falls back to English for unknown or missing input", () => {
    expect(pickLocale("xx", "de,es")).toBe("en");
    expect(pickLocale(undefined, null)).toBe("en");
    expect(pickLocale(undefined, "fr;q=0")).toBe("en");
  });
});

describe("requestLocale (JSON API)", () => {
  const request = (url: string, headers: Record<string, string> = {}) => new Request(`http://ramparts.test${url}`, { headers });
  it("takes ?lang= first, then the cookie, then Accept-Language", () => {
    expect(requestLocale(request("/api/findings/1?lang=fr", { "accept-language": "en", cookie: "ramparts-locale=en" }))).toBe("fr");
    expect(requestLocale(request("/api/findings/1", { "accept-language": "en", cookie: "a=b; ramparts-locale=fr" }))).toBe("fr");
    expect(requestLocale(request("/api/findings/1", { "accept-language": "fr-CA,fr;q=0.9" }))).toBe("fr");
    expect(requestLocale(request("/api/findings/1?lang=de", { "accept-language": "de" }))).toBe("en");
  });
});

describe("pickLocale with a signed-in user's saved choice", () => {
  it("puts the account's language before the cookie and the browser's", () => {
    expect(pickLocale("en", "en-US", "fr")).toBe("fr");
    expect(pickLocale("fr", "fr", "en")).toBe("en");
  });
  it("ignores a missing or unknown saved value", () => {
    expect(pickLocale("fr", "en", null)).toBe("fr");
    expect(pickLocale(undefined, "fr", "xx")).toBe("fr");
  });
});
