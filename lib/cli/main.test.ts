// The CLI's table in the reader's language, its exit codes, standard input and exceptions files.
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "./main";
import { HARDENED, PRIVILEGED, run, tempFile } from "./cli.testkit";
import type { TScanReport } from "./scan-report";

describe("ramparts scan --format table", () => {
  it("prints French check titles and headings with --lang fr", async () => {
    const { code, out } = await run(["scan", PRIVILEGED, "--lang", "fr"]);
    expect(code).toBe(0);
    expect(out).toContain("▸ Conteneur en mode privilégié (privileged-container)");
    expect(out).toContain("▸ Élévation de privilèges autorisée (allow-privilege-escalation)");
    expect(out).toMatch(/^SÉVÉRITÉ/);
    expect(out).not.toContain("Privileged container");
    // Each result's message too.
    expect(out).toMatch(/Le conteneur `[^`]+` s’exécute en mode privilégié\./);
    expect(out).not.toMatch(/runs privileged/);
    const json = JSON.parse((await run(["scan", PRIVILEGED, "--lang", "fr", "--format", "json"])).out) as TScanReport;
    expect(json.results.find((result) => result.check === "privileged-container")?.message).toMatch(/^Le conteneur `[^`]+` s’exécute en mode privilégié\.$/);
  });

  it("cannot be driven by escape sequences or newlines in names", async () => {
    const yaml = 'apiVersion: v1\nkind: Pod\nmetadata: {name: "web\\e[2K\\rFAKE ROW\\nCRITICAL ok", namespace: shop}\nspec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}\n';
    const { out } = await run(["scan", "-"], yaml);
    expect(out).not.toMatch(/[\u001B\r]/);
    expect(out.split("\n").filter((line) => line.includes("FAKE ROW")).every((line) => line.includes("Pod/shop/web\uFFFD[2K\uFFFDFAKE ROW\uFFFDCRITICAL ok"))).toBe(true);
    expect(out).toContain("FAKE ROW");
  });

  it("prints English titles by default", async () => {
    const { out } = await run(["scan", PRIVILEGED]);
    expect(out).toContain("▸ Privileged container (privileged-container)");
    expect(out).not.toContain("Conteneur en mode privilégié");
  });
});

describe("--fail-on", () => {
  it("exits 1 when an open finding is at or above the threshold, 0 below it", async () => {
    expect((await run(["scan", PRIVILEGED, "--fail-on", "critical"])).code).toBe(1);
    expect((await run(["scan", HARDENED, "--fail-on", "high"])).code).toBe(0);
    expect((await run(["scan", HARDENED, "--fail-on=medium"])).code).toBe(1);
    expect((await run(["scan", HARDENED, "--fail-on", "low"])).code).toBe(1);
    expect((await run(["scan", HARDENED])).code).toBe(0);
  });

  it("ignores not-assessable results: an empty input fails nothing", async () => {
    const { code, out } = await run(["scan", "-", "--fail-on", "low", "--format", "json"], "");
    expect(code).toBe(0);
    expect((JSON.parse(out) as TScanReport).results.some((result) => result.status === "not_assessable")).toBe(true);
  });

  it("exits 2 on a bad or missing value, an unknown format or an unreadable path", async () => {
    const bad = await run(["scan", HARDENED, "--fail-on", "severe"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--fail-on must be critical, high, medium or low, not “severe”.");
    expect((await run(["scan", HARDENED, "--fail-on"])).err).toContain("--fail-on needs a value.");
    expect((await run(["scan", HARDENED, "--format", "xml"])).code).toBe(2);
    expect((await run(["scan", "no/such/file.yaml", "--fail-on", "low"])).code).toBe(2);
  });
});

describe("standard input", () => {
  it("reads '-' and locates objects in the stream", async () => {
    const yaml = `apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec:\n  containers:\n    - name: app\n      image: nginx\n      securityContext: {privileged: true}\n`;
    const { code, out } = await run(["scan", "-", "--format", "json", "--fail-on", "critical"], yaml);
    expect(code).toBe(1);
    const report = JSON.parse(out) as TScanReport;
    expect(report.objects).toBe(1);
    expect(report.results.find((result) => result.check === "privileged-container")).toMatchObject({ status: "fail", location: { file: "-", line: 6 } });
  });

  it("refuses '-' when standard input is a terminal instead of waiting forever", async () => {
    const terminal = Object.assign(Readable.from([""]), { isTTY: true });
    let err = "";
    const code = await main(["scan", "-"], new Writable({ write: (_chunk, _encoding, done) => done() }), new Writable({ write(chunk, _encoding, done) { err += String(chunk); done(); } }), terminal);
    expect(code).toBe(2);
    expect(err).toContain("nothing is piped in");
  });

  it("combines standard input with files", async () => {
    const { out } = await run(["scan", PRIVILEGED, "-", "--format", "json"], "apiVersion: v1\nkind: Namespace\nmetadata: {name: extra}\n");
    expect((JSON.parse(out) as TScanReport).objects).toBe(2);
  });
});

describe("JSON locations and fingerprints", () => {
  it("points each result at its file (relative to the working directory) and line", async () => {
    const report = JSON.parse((await run(["scan", PRIVILEGED, "--format", "json"])).out) as TScanReport;
    const privileged = report.results.filter((result) => result.check === "privileged-container");
    expect(privileged.map((result) => [result.container, result.location])).toEqual([
      ["setup", { file: PRIVILEGED, line: 17 }],
      ["agent", { file: PRIVILEGED, line: 22 }],
    ]);
    expect(report.results.find((result) => result.check === "run-as-non-root")?.location).toEqual({ file: PRIVILEGED, line: 2 });
    expect(new Set(privileged.map((result) => result.fingerprint)).size).toBe(2);
    expect(privileged[0]!.fingerprint).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("--exceptions FILE", () => {
  const rule = (extra: string) => tempFile("exceptions.yaml", `exceptions:\n  - checkId: privileged-container\n    namespace: ops\n    kind: DaemonSet\n    name: node-agent\n${extra}`);

  it("waives matching fails with their reason, so --fail-on passes", async () => {
    const file = rule("    reason: The node agent needs the host's devices (ticket SEC-12).\n    expires: 2999-01-01\n");
    const { code, out } = await run(["scan", PRIVILEGED, "--format", "json", "--fail-on", "critical", "--exceptions", file]);
    expect(code).toBe(0);
    const privileged = (JSON.parse(out) as TScanReport).results.filter((result) => result.check === "privileged-container");
    expect(privileged.map((result) => result.status)).toEqual(["waived", "waived"]);
    expect(privileged[0]!.waiver).toEqual({ source: "exception", reason: "The node agent needs the host's devices (ticket SEC-12)." });
    // Other checks on the same object stay open.
    expect((await run(["scan", PRIVILEGED, "--fail-on", "high", "--exceptions", file])).code).toBe(1);
  });

  it("narrows by container, and does not waive another kind", async () => {
    const byContainer = rule("    container: agent\n    reason: only the agent\n");
    const report = JSON.parse((await run(["scan", PRIVILEGED, "--format", "json", "--exceptions", byContainer])).out) as TScanReport;
    expect(report.results.filter((result) => result.check === "privileged-container").map((result) => [result.container, result.status])).toEqual([["setup", "fail"], ["agent", "waived"]]);
    const otherKind = tempFile("e.yaml", "- checkId: privileged-container\n  kind: Deployment\n  reason: not this one\n");
    expect((await run(["scan", PRIVILEGED, "--fail-on", "critical", "--exceptions", otherKind])).code).toBe(1);
  });

  it("ignores an expired rule and says so", async () => {
    const { code, err } = await run(["scan", PRIVILEGED, "--fail-on", "critical", "--exceptions", rule("    reason: was fine once\n    expires: 2020-01-01\n")]);
    expect(code).toBe(1);
    expect(err).toMatch(/exception .*#1 \(privileged-container\) has expired/);
  });

  it("warns about a rule naming no known check", async () => {
    const { code, err } = await run(["scan", HARDENED, "--exceptions", tempFile("e.yaml", "- checkId: privileged-containers\n  reason: a typo\n")]);
    expect(code).toBe(0);
    expect(err).toMatch(/exception .*#1 names no check “privileged-containers”/);
  });

  it("exits 2 on a rule without a reason, an unknown field or a missing file", async () => {
    const noReason = await run(["scan", PRIVILEGED, "--exceptions", rule("")]);
    expect(noReason.code).toBe(2);
    expect(noReason.err).toContain("exceptions.0.reason");
    expect((await run(["scan", PRIVILEGED, "--exceptions", rule("    reason: ok\n    cluster: prod\n")])).code).toBe(2);
    expect((await run(["scan", PRIVILEGED, "--exceptions", "no/such/exceptions.yaml"])).code).toBe(2);
  });
});
