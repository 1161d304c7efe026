// Each CI output format: SARIF valid against the official 2.1.0 schema, JUnit well-formed,
// Markdown tables intact, all translated, and hostile names rendered as text.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import draft04 from "ajv/lib/refs/json-schema-draft-04.json";
import { describe, expect, it } from "vitest";
import { CHECKS } from "../checks/registry";
import { HARDENED, HOSTILE, PRIVILEGED, run, tempFile } from "./cli.testkit";

// The OASIS SARIF 2.1.0 schema (its final, rtm.5 revision) as Microsoft's SARIF tooling ships it.
const SCHEMA = JSON.parse(readFileSync("node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json", "utf8")) as object;

function validateSarif(log: unknown): string[] {
  const ajv = new Ajv({ schemaId: "auto", allErrors: true, unknownFormats: "ignore" });
  ajv.addMetaSchema(draft04);
  const validate = ajv.compile(SCHEMA);
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.dataPath} ${error.message}`);
}

interface TSarifLog {
  runs: {
    tool: { driver: { rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string }; properties: { severity: string; tags: string[] } }[] } };
    results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string>; suppressions?: { kind: string; justification: string }[] }[];
  }[];
}

describe("--format sarif", () => {
  it("is valid SARIF 2.1.0, with a rule per check and results at file and line", async () => {
    const { code, out } = await run(["scan", PRIVILEGED, "--format", "sarif"]);
    expect(code).toBe(0);
    const log = JSON.parse(out) as TSarifLog;
    expect(validateSarif(log)).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.rules.map((rule) => rule.id)).toEqual(CHECKS.map((check) => check.id));
    const rule = sarifRun!.tool.driver.rules.find((candidate) => candidate.id === "privileged-container")!;
    expect(rule.shortDescription.text).toBe("Privileged container");
    expect(rule.fullDescription.text).toMatch(/escaping to the host is trivial/);
    expect(rule.help.text).toMatch(/^QW3 — /);
    expect(rule.defaultConfiguration.level).toBe("error");
    expect(rule.properties).toMatchObject({ severity: "critical", "security-severity": "9.5" });
    expect(rule.properties.tags).toEqual(expect.arrayContaining(["QW3", "CIS 5.2.2", "PSS baseline: privileged"]));
    const results = sarifRun!.results.filter((result) => result.ruleId === "privileged-container");
    expect(results.map((result) => result.locations[0]!.physicalLocation)).toEqual([
      { artifactLocation: { uri: PRIVILEGED }, region: { startLine: 17 } },
      { artifactLocation: { uri: PRIVILEGED }, region: { startLine: 22 } },
    ]);
    expect(results[0]!.level).toBe("error");
    expect(results[0]!.partialFingerprints["rampartsFinding/v1"]).toMatch(/^[0-9a-f]{40}$/);
    // Not-assessable results point at no line and are left out; an implied namespace points at its first object.
    expect(sarifRun!.results.every((result) => result.locations[0]!.physicalLocation)).toBe(true);
    expect(sarifRun!.results.find((result) => result.ruleId === "namespace-without-network-policy")!.locations[0]!.physicalLocation!.region.startLine).toBe(2);
  });

  it("speaks French with --lang fr, marks waived findings as suppressed, and stays valid with hostile names", async () => {
    const exceptions = tempFile("x.yaml", "- checkId: privileged-container\n  reason: accepted <risk> & \"why\"\n");
    const hostile = tempFile("hostile.yaml", HOSTILE);
    const { out } = await run(["scan", PRIVILEGED, hostile, "--format", "sarif", "--lang", "fr", "--exceptions", exceptions]);
    const log = JSON.parse(out) as TSarifLog;
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules.find((rule) => rule.id === "privileged-container")!.shortDescription.text).toBe("Conteneur en mode privilégié");
    const waived = log.runs[0]!.results.filter((result) => result.ruleId === "privileged-container");
    expect(waived).toHaveLength(3);
    expect(waived.every((result) => result.suppressions?.[0]?.justification === "accepted <risk> & \"why\"")).toBe(true);
  });

  it("has no physical location for standard input", async () => {
    const { out } = await run(["scan", "-", "--format", "sarif"], HOSTILE);
    const log = JSON.parse(out) as TSarifLog;
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results.some((result) => result.locations[0]!.physicalLocation)).toBe(false);
  });

  it("the schema check can fail", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [{ level: "fatal" }] }] }).length).toBeGreaterThan(0);
  });
});

/** A strict little well-formedness check: balanced tags, quoted attributes, only known entities. */
function assertWellFormedXml(text: string): void {
  const body = text.replace(/^<\?xml[^>]*\?>\n/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body))) {
    consumed = token.lastIndex;
    const [, closing, name, , selfClosing, textPart] = match;
    if (textPart !== undefined) {
      expect(textPart.replace(/&(amp|lt|gt|quot|apos);/g, "")).not.toMatch(/[&<>]/);
      continue;
    }
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
  expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
}

describe("--format junit", () => {
  it("has one suite per check; open findings are failures, with counts", async () => {
    const { out } = await run(["scan", PRIVILEGED, "--format", "junit"]);
    assertWellFormedXml(out);
    expect(out.match(/<testsuite /g)).toHaveLength(CHECKS.length);
    const suite = out.slice(out.indexOf('<testsuite name="Privileged container (privileged-container)"'));
    expect(suite.slice(0, suite.indexOf("</testsuite>"))).toMatch(/tests="2" failures="2"[\s\S]*file="lib\/checks\/fixtures\/privileged-container\/fail-privileged-daemonset.yaml" line="22"/);
    const total = Number(/<testsuites [^>]*failures="(\d+)"/.exec(out)![1]);
    expect(total).toBe((out.match(/<failure /g) ?? []).length);
    expect(total).toBeGreaterThan(0);
  });

  it("is translated and escapes hostile names", async () => {
    const { out } = await run(["scan", tempFile("hostile.yaml", HOSTILE), "--format", "junit", "--lang", "fr"]);
    assertWellFormedXml(out);
    expect(out).toContain('<testsuite name="Conteneur en mode privilégié (privileged-container)"');
    expect(out).toContain("evil|name`&lt;img src=x onerror=alert(1)&gt;&amp;amp;");
    expect(out).toContain("ns&lt;/testcase&gt;&lt;testcase name=&apos;x&apos;&gt;");
    expect(out).not.toContain("<img");
  });

  it("counts a hardened input's checks without failures as passing tests", async () => {
    const { out } = await run(["scan", HARDENED, "--format", "junit"]);
    assertWellFormedXml(out);
    expect(out).toMatch(/<testsuite name="Privileged container \(privileged-container\)" tests="1" failures="0"[^>]*>\s*<properties>.*<\/properties>\s*<testcase classname="privileged-container" name="no object flagged"\/>/);
  });
});

describe("--format markdown", () => {
  it("summarises by severity and groups open findings by check, with file:line", async () => {
    const { out } = await run(["scan", PRIVILEGED, "--format", "markdown"]);
    expect(out).toMatch(/^## Ramparts scan\n/);
    expect(out).toContain("| critical | 2 | 0 |");
    expect(out).toContain("### Privileged container (`privileged-container`) · critical · QW3");
    expect(out).toContain("| DaemonSet/ops/node-agent \\[agent\\] | FAIL | lib/checks/fixtures/privileged-container/fail-privileged-daemonset.yaml:22 |");
    // Not-assessable results are only counted.
    expect(out).not.toContain("| n/a |");
  });

  it("is translated, and hostile names cannot break the table or inject HTML", async () => {
    const { out } = await run(["scan", tempFile("hostile.yaml", HOSTILE), "--format", "markdown", "--lang", "fr"]);
    expect(out).toMatch(/^## Analyse Ramparts\n/);
    expect(out).toContain("### Conteneur en mode privilégié (`privileged-container`) · critique · QW3");
    expect(out).not.toMatch(/<img|<\/testcase/);
    const rows = out.split("\n").filter((line) => line.startsWith("| Pod/"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // Four cells: five pipes that are not escaped, whatever the names hold.
      expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
      expect(row).not.toMatch(/(?<!\\)`/);
    }
    expect(rows[0]).toContain("evil\\|name\\`&lt;img src=x onerror=alert\\(1\\)&gt;&amp;amp;");
  });
});
