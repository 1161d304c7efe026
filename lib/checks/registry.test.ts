// The registry's own contract: unique ids, complete metadata, and for every check fixtures of
// its own that pass and fail it (lib/checks/fixtures/<check-id>/{pass,fail}-*.yaml).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QUICK_WIN_IDS } from "../scoring/quick-wins";
import { evaluateSnapshot } from "./engine";
import { snapshotFromText } from "./load";
import { checkTexts } from "../i18n/check-texts";
import { LOCALES } from "../i18n/locale";
import { CHECKS } from "./registry";
import { english } from "./english.testkit";

const FIXTURES = join("lib", "checks", "fixtures");

function fixtureFiles(id: string, prefix: "pass" | "fail"): string[] {
  const dir = join(FIXTURES, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.startsWith(`${prefix}-`) && /\.ya?ml$/.test(name)).map((name) => join(dir, name));
}

describe("check registry", () => {
  it("holds at least 45 checks covering all nine quick wins", () => {
    expect(CHECKS.length).toBeGreaterThanOrEqual(45);
    expect(new Set(CHECKS.map((check) => check.quickWin))).toEqual(new Set(QUICK_WIN_IDS));
  });

  it("has unique kebab-case ids", () => {
    const ids = CHECKS.map((check) => check.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it.each(CHECKS.map((check) => [check.id, check] as const))("%s has complete metadata", (_id, check) => {
    for (const locale of LOCALES) {
      expect(checkTexts(locale).title(check.id).trim().length, locale).toBeGreaterThan(5);
      expect(checkTexts(locale).why(check.id).trim().length, locale).toBeGreaterThan(30);
    }
    expect(QUICK_WIN_IDS).toContain(check.quickWin);
    expect(["critical", "high", "medium", "low"]).toContain(check.severity);
    expect(check.requires.length).toBeGreaterThan(0);
    if (check.cis !== undefined) expect(check.cis).toMatch(/^\d+(\.\d+)+$/);
    if (check.pss !== undefined) {
      expect(["baseline", "restricted"]).toContain(check.pss.level);
      expect(check.pss.control).toMatch(/^[a-zA-Z_]+$/);
    }
  });

  it("has no fixture folder without a check", () => {
    const ids = new Set(CHECKS.map((check) => check.id));
    expect(readdirSync(FIXTURES).filter((name) => !ids.has(name))).toEqual([]);
  });

  describe.each(CHECKS.map((check) => [check.id] as const))("%s fixtures", (id) => {
    it("pass fixtures pass it", () => {
      const files = fixtureFiles(id, "pass");
      expect(files.length, `add ${FIXTURES}/${id}/pass-*.yaml`).toBeGreaterThan(0);
      for (const file of files) {
        const results = evaluateSnapshot(snapshotFromText(readFileSync(file, "utf8"), file).snapshot).filter((result) => result.check === id);
        expect(results.some((result) => result.status === "pass"), `${file}: no pass`).toBe(true);
        expect(results.filter((result) => result.status === "fail").map((result) => english(result.message)), file).toEqual([]);
      }
    });
    it("fail fixtures fail it, each with a remediation", () => {
      const files = fixtureFiles(id, "fail");
      expect(files.length, `add ${FIXTURES}/${id}/fail-*.yaml`).toBeGreaterThan(0);
      for (const file of files) {
        const fails = evaluateSnapshot(snapshotFromText(readFileSync(file, "utf8"), file).snapshot).filter(
          (result) => result.check === id && result.status === "fail",
        );
        expect(fails.length, `${file}: no fail`).toBeGreaterThan(0);
        expect(fails.filter((result) => !result.remediation).map((result) => english(result.message)), file).toEqual([]);
      }
    });
  });
});
