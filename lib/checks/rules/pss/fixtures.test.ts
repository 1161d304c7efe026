// Each check of the family against its own fixtures (lib/checks/fixtures/<check-id>/), and the
// remediation round trip over every fixture of the family.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../../engine";
import { snapshotFromPaths } from "../../load";
import { verifyRemediations } from "../../round-trip";
import { pssChecks } from "./index";
import { english } from "../../english.testkit";

const FIXTURES = path.join(process.cwd(), "lib", "checks", "fixtures");

describe.each(pssChecks.map((check) => [check.id, check] as const))("%s fixtures", (id, check) => {
  const folder = path.join(FIXTURES, id);
  const files = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith(".yaml")).sort() : [];

  it("has pass and fail fixtures of its own", () => {
    expect(files.some((file) => file.startsWith("pass-"))).toBe(true);
    expect(files.some((file) => file.startsWith("fail-"))).toBe(true);
  });

  it.each(files)("%s", async (file) => {
    const { snapshot, problems } = await snapshotFromPaths([path.join(folder, file)]);
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
      expect(result.remediation?.type).toBe("patch");
    }
  });

  it.each(files)("remediations of %s fix their finding and add no fail", async (file) => {
    const { snapshot } = await snapshotFromPaths([path.join(folder, file)]);
    expect(verifyRemediations(snapshot, pssChecks)).toEqual([]);
  });
});
