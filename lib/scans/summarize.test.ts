import { describe, expect, it } from "vitest";
import { text } from "../checks/text";
import type { TCheckResult } from "../checks/types";
import { DEFAULT_RATINGS } from "../scoring/quick-wins";
import { fingerprintOf, summarizeResults } from "./summarize";

function result(partial: Partial<TCheckResult> & Pick<TCheckResult, "check" | "status">): TCheckResult {
  return {
    quickWin: "QW3",
    severity: "critical",
    object: { apiVersion: "apps/v1", kind: "Deployment", namespace: "payments", name: "api" },
    message: text("apiServerNotVisible"),
    ...partial,
  };
}

describe("fingerprintOf", () => {
  it("is stable and depends on cluster, check, object and container only", () => {
    const a = result({ check: "privileged-container", status: "fail", container: "web", message: text("pssPrivileged", { container: "web" }) });
    const b = { ...a, message: text("pssNotPrivileged", { container: "web" }), severity: "low" as const };
    expect(fingerprintOf("c1", a)).toBe(fingerprintOf("c1", b));
    expect(fingerprintOf("c1", a)).not.toBe(fingerprintOf("c2", a));
    expect(fingerprintOf("c1", a)).not.toBe(fingerprintOf("c1", { ...a, container: "sidecar" }));
    expect(fingerprintOf("c1", a)).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("summarizeResults", () => {
  const results: TCheckResult[] = [
    result({ check: "privileged-container", status: "fail", container: "web", remediation: { type: "manual", steps: [text("apiServerSaveManifest")] } }),
    result({ check: "host-pid", status: "pass" }),
    result({ check: "host-ipc", status: "waived", severity: "high", waiver: { source: "exception", reason: "vendor agent", exceptionId: "e1" } }),
    result({ check: "missing-memory-limit", status: "fail", quickWin: "QW4", severity: "medium", object: { apiVersion: "v1", kind: "Pod", namespace: "web", name: "p" } }),
    result({ check: "apiserver-anonymous-auth", status: "not_assessable", quickWin: "QW1", severity: "high", object: { apiVersion: "", kind: "Cluster", name: "cluster" }, message: text("apiServerNotVisible") }),
  ];
  const summary = summarizeResults("cluster-1", results, [{ kind: "Secret", reason: "forbidden" }], DEFAULT_RATINGS);

  it("keeps fails and waivers as findings, passes out", () => {
    expect(summary.findings.map((finding) => [finding.checkId, finding.status, finding.exceptionId])).toEqual([
      ["privileged-container", "open", null],
      ["host-ipc", "waived", "e1"],
      ["missing-memory-limit", "open", null],
    ]);
  });
  it("keeps each finding's remediation and counts every check's results", () => {
    expect(summary.findings[0]!.remediation).toEqual({ type: "manual", steps: [text("apiServerSaveManifest")] });
    expect(summary.findings[1]!.remediation).toBeNull();
    expect(summary.checkCounts).toEqual([
      { checkId: "privileged-container", quickWin: "QW3", pass: 0, fail: 1, waived: 0, notAssessable: 0 },
      { checkId: "host-pid", quickWin: "QW3", pass: 1, fail: 0, waived: 0, notAssessable: 0 },
      { checkId: "host-ipc", quickWin: "QW3", pass: 0, fail: 0, waived: 1, notAssessable: 0 },
      { checkId: "missing-memory-limit", quickWin: "QW4", pass: 0, fail: 1, waived: 0, notAssessable: 0 },
      { checkId: "apiserver-anonymous-auth", quickWin: "QW1", pass: 0, fail: 0, waived: 0, notAssessable: 1 },
    ]);
    const twice = summarizeResults("cluster-1", [...results, result({ check: "privileged-container", status: "pass", container: "sidecar" })], [], DEFAULT_RATINGS);
    expect(twice.checkCounts[0]).toEqual({ checkId: "privileged-container", quickWin: "QW3", pass: 1, fail: 1, waived: 0, notAssessable: 0 });
  });

  it("aggregates per quick win for the cluster and per namespace", () => {
    const qw3 = summary.aggregates.find((row) => row.namespace === "" && row.quickWin === "QW3")!.tally;
    expect(qw3.counts).toEqual({ pass: 1, fail: 1, waived: 1, not_assessable: 0 });
    expect(qw3.weighted).toEqual({ pass: 10, fail: 10, waived: 5, not_assessable: 0 });
    expect(summary.aggregates.filter((row) => row.namespace === "payments").map((row) => row.quickWin)).toEqual(["QW3"]);
    expect(summary.aggregates.filter((row) => row.namespace === "web").map((row) => row.quickWin)).toEqual(["QW4"]);
  });
  it("scores by the model: QW3 1 − 10/25 = 0.6 (gain 5), QW4 0 (gain 3) → (3 + 0) / 8 = 37.5, F", () => {
    expect(summary.compliance.QW3).toBeCloseTo(0.6, 10);
    expect(summary.compliance.QW4).toBe(0);
    expect(summary.compliance.QW1).toBeNull();
    expect(summary.postureScore).toBe(37.5);
    expect(summary.grade).toBe("F");
  });
  it("reports collector gaps and checks that could not run", () => {
    expect(summary.gaps).toEqual([
      { kind: "resource", name: "Secret", reason: "forbidden" },
      { kind: "check", name: "apiserver-anonymous-auth", reason: text("apiServerNotVisible"), count: 1 },
    ]);
  });
});
