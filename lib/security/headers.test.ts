import { describe, expect, it } from "vitest";
import { API_CSP, cameOverHttps, commonSecurityHeaders, createNonce, HSTS, isApiPath, pageCsp } from "./headers";

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe("pageCsp", () => {
  const policy = directives(pageCsp("abc123==", { dev: false }));

  it("allows scripts only by this response's nonce, and never inline or eval in production", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(pageCsp("abc123==", { dev: false })).not.toContain("unsafe-eval");
  });

  it("adds eval for React's development build only", () => {
    expect(directives(pageCsp("n", { dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("allows inline style attributes but style elements only by nonce", () => {
    expect(policy.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(policy.get("style-src")).not.toContain("'unsafe-inline'");
  });

  it("closes framing, plugins, base and foreign connections", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
  });
});

describe("API_CSP", () => {
  it("lets a route handler's answer load and run nothing", () => {
    expect(directives(API_CSP)).toEqual(new Map([["default-src", ["'none'"]], ["frame-ancestors", ["'none'"]]]));
  });
});

describe("commonSecurityHeaders", () => {
  it("sends HSTS over HTTPS only", () => {
    expect(commonSecurityHeaders({ https: true })["strict-transport-security"]).toBe(HSTS);
    expect(commonSecurityHeaders({ https: false })).not.toHaveProperty("strict-transport-security");
  });

  it("denies sniffing, framing, cross-origin openers and powerful features", () => {
    const headers = commonSecurityHeaders({ https: false });
    expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "cross-origin-opener-policy": "same-origin", "referrer-policy": "strict-origin-when-cross-origin" });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers["permissions-policy"]).toContain(`${feature}=()`);
    }
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    // Next takes the nonce out of the request's CSP with this pattern (get-script-nonce-from-header).
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/_-]+={0,2}$/);
  });
});

describe("cameOverHttps", () => {
  it("trusts the first X-Forwarded-Proto, else the URL's scheme", () => {
    expect(cameOverHttps(new Headers({ "x-forwarded-proto": "https, http" }), "http://a/")).toBe(true);
    expect(cameOverHttps(new Headers({ "x-forwarded-proto": "http" }), "https://a/")).toBe(false);
    expect(cameOverHttps(new Headers(), "https://a/")).toBe(true);
    expect(cameOverHttps(new Headers(), "http://a/")).toBe(false);
    expect(cameOverHttps(new Headers())).toBe(false);
  });
});

describe("isApiPath", () => {
  it("knows route handlers from pages", () => {
    expect(isApiPath("/api/clusters")).toBe(true);
    expect(isApiPath("/api")).toBe(true);
    expect(isApiPath("/apis")).toBe(false);
    expect(isApiPath("/clusters")).toBe(false);
  });
});
