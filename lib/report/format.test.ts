import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { breakLongWord, clip, flooredRatio, pdfText, reportFileName, reportFormat } from "./format";
import { resolvePeriod, ZReportQuery } from "./options";

describe("pdfText", () => {
  it("keeps what Helvetica can print and replaces the rest", () => {
    expect(pdfText("Société « générale » œuvre – 12 € …")).toBe("Société « générale » œuvre – 12 € …");
    expect(pdfText("名前 🚀")).toBe("?? ?");
    expect(pdfText("a\u0000b\tc\nd")).toBe("a b c\nd");
    expect(pdfText("\u202eevil\u200b")).toBe("evil");
    // French numbers from Intl use narrow no-break spaces, which Helvetica lacks.
    expect(pdfText("75\u202f%")).toBe("75\u00a0%");
  });
});

describe("clip and long words", () => {
  it("cuts with an ellipsis only when needed", () => {
    expect(clip("payments", 10)).toBe("payments");
    expect(clip("a".repeat(300), 120)).toBe(`${"a".repeat(119)}…`);
    expect([...clip("a".repeat(300), 120)]).toHaveLength(120);
  });
  it("lets a 300-character word wrap in pieces and leaves ordinary words whole", () => {
    expect(breakLongWord("namespace")).toEqual(["namespace"]);
    const pieces = breakLongWord("n".repeat(300));
    expect(pieces.join("")).toBe("n".repeat(300));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(16);
  });
});

describe("reportFormat", () => {
  it("prints posture with one decimal at most and compliance floored to a whole percent, per locale", () => {
    const en = reportFormat("en");
    const fr = reportFormat("fr");
    expect(en.posture(83.23)).toBe("83.2");
    expect(fr.posture(83.23)).toBe("83,2");
    expect(en.posture(90)).toBe("90");
    expect(en.percent(0.996)).toBe("99%");
    expect(fr.percent(0.75)).toBe("75\u00a0%");
    expect(flooredRatio(0.29)).toBe(0.29);
    expect(en.points(2.46)).toBe("+2.5");
    expect(en.points(-0.04)).toBe("0");
    expect(fr.points(-3.26)).toBe("-3,3");
  });
});

describe("reportFileName", () => {
  it("says organisation and date, safely", () => {
    const at = new Date("2026-11-27T10:00:00Z");
    expect(reportFileName("Ramparts", at)).toBe("ramparts-executive-summary-2026-11-27.pdf");
    expect(reportFileName("Société Générale / R&D \"x\"", at)).toBe("societe-generale-r-d-x-executive-summary-2026-11-27.pdf");
    expect(reportFileName("名前", at)).toBe("ramparts-executive-summary-2026-11-27.pdf");
  });
});

describe("the report's options", () => {
  it("reads a list of cluster ids and a language", () => {
    const id = "0b6f1f3e-4b9a-4c51-9a8e-1f2d3c4b5a69";
    expect(ZReportQuery.parse({ clusters: ` ${id.toUpperCase()},${id},`, lang: "fr" })).toMatchObject({ clusters: [id], lang: "fr" });
    expect(ZReportQuery.parse({}).clusters).toEqual([]);
    expect(ZReportQuery.safeParse({ clusters: "nope" }).success).toBe(false);
    expect(ZReportQuery.safeParse({ lang: "de" }).success).toBe(false);
    expect(ZReportQuery.safeParse({ from: "yesterday" }).success).toBe(false);
  });
  it("defaults to the 90 days before now and refuses a reversed or huge period", () => {
    const now = new Date("2026-11-27T00:00:00Z");
    expect(resolvePeriod({}, now)).toEqual({ from: new Date("2026-08-29T00:00:00Z"), to: now });
    expect(resolvePeriod({ from: now, to: new Date("2026-01-01") }, now)).toEqual({ problem: "reversed" });
    expect(resolvePeriod({ from: new Date("2020-01-01") }, now)).toEqual({ problem: "too_long" });
  });
  it("names the organisation from RAMPARTS_ORGANISATION, Ramparts by default", () => {
    expect(parseEnv({}).RAMPARTS_ORGANISATION).toBe("Ramparts");
    expect(parseEnv({ RAMPARTS_ORGANISATION: "  " }).RAMPARTS_ORGANISATION).toBe("Ramparts");
    expect(parseEnv({ RAMPARTS_ORGANISATION: " Acme Corp " }).RAMPARTS_ORGANISATION).toBe("Acme Corp");
  });
});

