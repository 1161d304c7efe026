// Test-only (imported by *.test.ts files, never by the engine): runs a family's checks against
// their fixtures (lib/checks/fixtures/<check-id>/{pass,fail}-*.yaml) and the remediation round
// trip of the family's remediations over every fixture, re-evaluated with the whole registry so
// "no new fail of any check" is real.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "./engine";
import { snapshotFromPaths } from "./load";
import { roundTripProblems } from "./round-trip";
import type { TCheck } from "./types";
import { english } from "./english.testkit";

export const FIXTURES = path.join(process.cwd(), "lib", "checks", "fixtures");

export function fixtureFiles(checkId: string): string[] {
  const folder = path.join(FIXTURES, checkId);
  return existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith(".yaml")).sort() : [];
}

export function describeFixtures(checks: readonly TCheck[]): void {
  describe.each(checks.map((check) => [check.id, check] as const))("%s fixtures", (id, check) => {
    const files = fixtureFiles(id);

    it("has pass and fail fixtures of its own", () => {
      expect(files.some((file) => file.startsWith("pass-"))).toBe(true);
      expect(files.some((file) => file.startsWith("fail-"))).toBe(true);
    });

    it.each(files)("%s gets its verdict", async (file) => {
      const { snapshot, problems } = await snapshotFromPaths([path.join(FIXTURES, id, file)]);
      expect(problems).toEqual([]);
      const results = evaluateSnapshot(snapshot, { checks: [check] });
      const statuses = results.map((result) => result.status);
      if (file.startsWith("pass-")) {
        expect(statuses).toContain("pass");
        expect(statuses).not.toContain("fail");
      } else {
        expect(statuses).toContain("fail");
      }
      for (const result of results.filter((candidate) => candidate.status === "fail")) {
        expect(english(result.message)).toMatch(/\.$/);
        expect(result.remediation).toBeDefined();
      }
    });

    it.each(files)("remediations of %s fix their finding and add no fail", async (file) => {
      const { snapshot } = await snapshotFromPaths([path.join(FIXTURES, id, file)]);
      // This family's remediations, judged against every registered check.
      const { tried, problems } = roundTripProblems(snapshot, { checkIds: new Set(checks.map((candidate) => candidate.id)) });
      expect(problems).toEqual([]);
      const applicable = evaluateSnapshot(snapshot, { checks: [check] })
        .filter((result) => result.status === "fail" && result.remediation?.type !== "manual");
      expect(tried).toBeGreaterThanOrEqual(applicable.length);
    });
  });
}
