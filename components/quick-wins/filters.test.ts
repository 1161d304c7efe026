import { describe, expect, it } from "vitest";
import { findingViewHref, hasFilters, parseFindingView } from "./filters";

const CHECKS = ["privileged-container", "host-pid"];

describe("parseFindingView", () => {
  it("reads every filter and the page cursor", () => {
    expect(parseFindingView({ namespace: "payments", severity: "high", status: "waived", check: "host-pid", cursor: "eyJzIjoi", page: "3" }, CHECKS)).toEqual({
      namespace: "payments", severity: "high", status: "waived", check: "host-pid", cursor: "eyJzIjoi", page: 3,
    });
  });

  it("drops what cannot be a filter instead of failing", () => {
    expect(parseFindingView({ namespace: "", severity: "urgent", status: "closed", check: "not-a-check-of-this-quick-win", cursor: "not base64!", page: "2" }, CHECKS)).toEqual({ page: 1 });
    expect(parseFindingView({ namespace: "x".repeat(254) }, CHECKS)).toEqual({ page: 1 });
    expect(parseFindingView({ cursor: "abc", page: "-4" }, CHECKS)).toEqual({ cursor: "abc", page: 1 });
    expect(parseFindingView({ page: "5" }, CHECKS)).toEqual({ page: 1 });
  });

  it("takes the first of repeated parameters and trims them", () => {
    expect(parseFindingView({ severity: ["low", "high"], namespace: "  web  " }, CHECKS)).toEqual({ severity: "low", namespace: "web", page: 1 });
  });

  it("keeps untrusted namespace text as it is (it is only ever a query value)", () => {
    expect(parseFindingView({ namespace: "<script>alert(1)</script>" }, CHECKS).namespace).toBe("<script>alert(1)</script>");
  });
});

describe("findingViewHref", () => {
  const base = "/clusters/c1/quick-wins/QW3";

  it("writes only set values, in a fixed order, with the findings anchor", () => {
    expect(findingViewHref(base, { check: "host-pid", severity: "high", page: 1 })).toBe(`${base}?severity=high&check=host-pid#findings`);
    expect(findingViewHref(base, {})).toBe(`${base}#findings`);
    expect(findingViewHref(base, {}, "")).toBe(base);
  });

  it("carries the cursor and page number together, and encodes untrusted text", () => {
    expect(findingViewHref(base, { cursor: "abc", page: 2 })).toBe(`${base}?cursor=abc&page=2#findings`);
    expect(findingViewHref(base, { page: 2 })).toBe(`${base}#findings`);
    expect(findingViewHref(base, { namespace: "a&b=<c>" })).toBe(`${base}?namespace=a%26b%3D%3Cc%3E#findings`);
  });

  it("round-trips through parseFindingView", () => {
    const view = { namespace: "data", severity: "critical", status: "open", check: "privileged-container", cursor: "xyz", page: 4 } as const;
    const url = new URL(findingViewHref(base, view), "http://x");
    expect(parseFindingView(Object.fromEntries(url.searchParams), CHECKS)).toEqual(view);
  });
});

describe("hasFilters", () => {
  it("ignores the page", () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ status: "open" })).toBe(true);
  });
});
