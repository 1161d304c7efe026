import { describe, expect, it } from "vitest";
import { bearerSecret, hashTokenSecret, newTokenSecret, shownPrefix, tokenScopeAllows, tokenScopeFor } from "./tokens";

describe("API token secrets", () => {
  it("are rmp_ and 32 random bytes, different every time, kept as a SHA-256", () => {
    const secret = newTokenSecret();
    expect(secret).toMatch(/^rmp_[A-Za-z0-9_-]{43}$/);
    expect(newTokenSecret()).not.toBe(secret);
    expect(hashTokenSecret(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret(secret)).not.toContain(secret.slice(4));
    expect(shownPrefix(secret)).toBe(secret.slice(0, 12));
  });

  it("are read from a Bearer header only", () => {
    const secret = newTokenSecret();
    expect(bearerSecret(new Headers({ authorization: `Bearer ${secret}` }))).toBe(secret);
    expect(bearerSecret(new Headers({ authorization: `bearer  ${secret} ` }))).toBe(secret);
    expect(bearerSecret(new Headers({ authorization: "Bearer rmp_short" }))).toBe("malformed");
    expect(bearerSecret(new Headers({ authorization: "Basic dXNlcjpwYXNz" }))).toBeUndefined();
    expect(bearerSecret(new Headers())).toBeUndefined();
  });
});

describe("token scopes", () => {
  it("give read tokens the viewer's GET routes and nothing else by default", () => {
    expect(tokenScopeFor("GET", "viewer", undefined)).toBe("read");
    expect(tokenScopeFor("GET", "admin", undefined)).toBeNull();
    expect(tokenScopeFor("POST", "editor", undefined)).toBeNull();
    expect(tokenScopeFor("DELETE", "viewer", undefined)).toBeNull();
    expect(tokenScopeFor("POST", "editor", "scan")).toBe("scan");
  });

  it("order read below scan", () => {
    expect(tokenScopeAllows("scan", "read")).toBe(true);
    expect(tokenScopeAllows("read", "scan")).toBe(false);
  });
});
