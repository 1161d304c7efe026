import { describe, expect, it } from "vitest";
import { dayBound, exportUrl, fileNameOf, periodReversed } from "./export-url";

describe("exportUrl", () => {
  it("asks for the chosen clusters, period and language", () => {
    const url = new URL(exportUrl({ clusterIds: ["a", "b"], from: "2026-11-01", to: "2026-11-27", lang: "fr" }), "http://x");
    expect(url.pathname).toBe("/api/reports/executive.pdf");
    expect(url.searchParams.get("clusters")).toBe("a,b");
    expect(url.searchParams.get("from")).toBe(new Date(2026, 10, 1).toISOString());
    expect(url.searchParams.get("to")).toBe(new Date(2026, 10, 27, 23, 59, 59, 999).toISOString());
    expect(url.searchParams.get("lang")).toBe("fr");
  });
  it("leaves the defaults to the server", () => {
    expect(exportUrl({ clusterIds: [], from: "", to: "", lang: "en" })).toBe("/api/reports/executive.pdf?lang=en");
    expect(dayBound("27/11/2026", false)).toBeUndefined();
  });
  it("notices a reversed period", () => {
    expect(periodReversed("2026-11-27", "2026-11-01")).toBe(true);
    expect(periodReversed("2026-11-01", "")).toBe(false);
  });
});

describe("fileNameOf", () => {
  it("reads the attachment's name and refuses anything odd", () => {
    expect(fileNameOf('attachment; filename="acme-executive-summary-2026-11-27.pdf"')).toBe("acme-executive-summary-2026-11-27.pdf");
    expect(fileNameOf('attachment; filename="../../etc/passwd"')).toBe("executive-summary.pdf");
    expect(fileNameOf(null)).toBe("executive-summary.pdf");
  });
});
