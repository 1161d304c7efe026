// "Every remediation snippet, applied to its object, makes its finding pass" — over every
// failing fixture of this repository and the real-world corpus, with all checks at once: the
// fix must pass its own finding and introduce no new fail anywhere. Snippets must be valid YAML.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "./engine";
import { snapshotFromPaths, snapshotFromText } from "./load";
import { renderRemediation } from "./render-remediation";
import { roundTripProblems } from "./round-trip";
import type { TSnapshot } from "./types";

const CORPUS = join(process.cwd(), "..", "shared", "corpus");
const FIXTURES = join("lib", "checks", "fixtures");

function failFixtures(): [string, TSnapshot][] {
  return readdirSync(FIXTURES).flatMap((id) =>
    readdirSync(join(FIXTURES, id))
      .filter((name) => name.startsWith("fail-"))
      .map((name): [string, TSnapshot] => {
        const file = join(FIXTURES, id, name);
        return [file, snapshotFromText(readFileSync(file, "utf8"), file).snapshot];
      }),
  );
}

function expectValidSnippets(snapshot: TSnapshot): void {
  for (const result of evaluateSnapshot(snapshot)) {
    if (result.status !== "fail" || !result.remediation) continue;
    const rendered = renderRemediation(result.remediation);
    if (result.remediation.type === "manual") {
      expect(rendered.steps?.length, `${result.check}: manual remediation without steps`).toBeGreaterThan(0);
      continue;
    }
    expect(rendered.command, result.check).toMatch(/^kubectl /);
    const expected = result.remediation.type === "patch" ? result.remediation.patch : result.remediation.object;
    expect(parse(rendered.yaml!), `${result.check}: YAML does not parse back`).toEqual(expected);
  }
}

describe("remediation contract on this repository's fixtures", () => {
  it.each(failFixtures())("%s", (_file, snapshot) => {
    const { problems } = roundTripProblems(snapshot);
    expect(problems).toEqual([]);
    expectValidSnippets(snapshot);
  });
});

describe.runIf(existsSync(CORPUS))("remediation contract on the shared corpus", () => {
  const folders = [
    ...readdirSync(join(CORPUS, "insecure", "badpods"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join("insecure", "badpods", entry.name)),
    join("realistic", "online-boutique"),
    join("realistic", "kube-prometheus"),
  ];
  it.each(folders)("%s", async (folder) => {
    const { snapshot } = await snapshotFromPaths([join(CORPUS, folder)]);
    const { tried, problems } = roundTripProblems(snapshot);
    expect(tried).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expectValidSnippets(snapshot);
  }, 120_000);

  it("fixes every Pod Security Standards failure fixture", async () => {
    for (const level of ["baseline", "restricted"]) {
      const dir = join(CORPUS, "pss", level, "fail");
      for (const name of readdirSync(dir)) {
        const { snapshot } = await snapshotFromPaths([join(dir, name)]);
        expect(roundTripProblems(snapshot).problems, `${level}/${name}`).toEqual([]);
      }
    }
  }, 120_000);
});
