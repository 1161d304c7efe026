import { describe, expect, it } from "vitest";
import { isCrossSiteMutation } from "./csrf";

const h = (headers: Record<string, string>) => new Headers({ host: "ramparts.example:3000", ...headers });

describe("isCrossSiteMutation", () => {
  it("never refuses reads", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(isCrossSiteMutation(method, h({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBe(false);
  });
  it("trusts Sec-Fetch-Site when the browser sends it", () => {
    expect(isCrossSiteMutation("POST", h({ "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteMutation("POST", h({ "sec-fetch-site": "none" }))).toBe(false);
    expect(isCrossSiteMutation("DELETE", h({ "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteMutation("PUT", h({ "sec-fetch-site": "cross-site", origin: "http://ramparts.example:3000" }))).toBe(true);
  });
  it("else compares Origin with Host", () => {
    expect(isCrossSiteMutation("POST", h({ origin: "http://ramparts.example:3000" }))).toBe(false);
    expect(isCrossSiteMutation("POST", h({ origin: "http://ramparts.example:4000" }))).toBe(true);
    expect(isCrossSiteMutation("PATCH", h({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteMutation("POST", h({ origin: "null" }))).toBe(true);
  });
  it("lets non-browser clients (neither header) through: they carry no victim's cookies", () => {
    expect(isCrossSiteMutation("POST", h({}))).toBe(false);
  });
});
