// evaluatePss against the upstream conformance fixtures (policy v1.37), bare and wrapped in
// controllers, and against real manifests (Online Boutique, kube-prometheus).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isRecord, type TRecord } from "./access";
import { evaluateSnapshot } from "./engine";
import { snapshotFromPaths, snapshotFromText } from "./load";
import { evaluatePss } from "./pss";
import { pssChecks } from "./rules/pss";
import type { TPssLevel, TSnapshot } from "./types";
import { topWorkloads } from "./workloads";

const CORPUS = path.join(process.cwd(), "..", "shared", "corpus");
const LEVELS: TPssLevel[] = ["baseline", "restricted"];

/** Every upstream check id, lowercased as the fixture file names spell them. */
const CONTROL_BY_PREFIX = new Map(
  [
    "appArmorProfile", "capabilities_baseline", "hostNamespaces", "hostPathVolumes", "hostPorts",
    "hostProbesAndHostLifecycle", "privileged", "procMount", "seLinuxOptions", "seccompProfile_baseline",
    "sysctls", "windowsHostProcess", "allowPrivilegeEscalation", "capabilities_restricted",
    "procMount_restricted", "restrictedVolumes", "runAsNonRoot", "runAsUser", "seccompProfile_restricted",
  ].map((id) => [id.toLowerCase(), id]),
);

function corpusFiles(level: TPssLevel, verdict: "pass" | "fail"): string[] {
  return readdirSync(path.join(CORPUS, "pss", level, verdict)).filter((file) => file.endsWith(".yaml")).sort();
}

function podFrom(file: string): TRecord {
  const { snapshot } = snapshotFromText(readFileSync(file, "utf8"), file);
  const pod = snapshot.objects.Pod?.[0];
  if (!pod) throw new Error(`${file} holds no Pod`);
  return pod as TRecord;
}

/** The same pod spec as the template of a Deployment, a CronJob and a DaemonSet. */
function wrappers(pod: TRecord): Record<string, TRecord> {
  const metadata = isRecord(pod.metadata) ? pod.metadata : {};
  const template = { metadata: { ...metadata, labels: { app: "fixture" } }, spec: pod.spec };
  const meta = { name: `wrapped-${String(metadata.name)}`, namespace: "pss" };
  const selector = { matchLabels: { app: "fixture" } };
  return {
    Pod: pod,
    Deployment: { apiVersion: "apps/v1", kind: "Deployment", metadata: meta, spec: { selector, template } },
    CronJob: { apiVersion: "batch/v1", kind: "CronJob", metadata: meta, spec: { schedule: "@daily", jobTemplate: { spec: { template } } } },
    DaemonSet: { apiVersion: "apps/v1", kind: "DaemonSet", metadata: meta, spec: { selector, template } },
  };
}

function snapshotOf(object: TRecord): TSnapshot {
  return { objects: { [String(object.kind)]: [object] }, gaps: [] };
}

function verdictOf(object: TRecord) {
  const [workload] = topWorkloads(snapshotOf(object));
  if (!workload) throw new Error("no workload");
  return evaluatePss(workload);
}

/** The PSS controls the checks report failing, at or below a level (the one source of truth, seen from the checks). */
function controlsFailedByChecks(object: TRecord, level: TPssLevel): string[] {
  const checks = pssChecks.filter((check) => check.pss && (level === "restricted" || check.pss.level === "baseline"));
  const failed = evaluateSnapshot(snapshotOf(object), { checks }).filter((result) => result.status === "fail");
  return [...new Set(failed.map((result) => result.pss?.control ?? ""))].sort();
}

describe("evaluatePss on the upstream conformance fixtures (v1.37)", () => {
  const all = LEVELS.flatMap((level) => (["pass", "fail"] as const).flatMap((verdict) => corpusFiles(level, verdict).map((file) => ({ level, verdict, file }))));

  it("covers all 148 files", () => {
    expect(all).toHaveLength(148);
  });

  for (const { level, verdict, file } of all) {
    const pod = podFrom(path.join(CORPUS, "pss", level, verdict, file));
    for (const [kind, object] of Object.entries(wrappers(pod))) {
      it(`${level}/${verdict}/${file} as ${kind}`, () => {
        const result = verdictOf(object)[level];
        if (verdict === "pass") {
          expect(result).toEqual({ allowed: true, violations: [] });
          if (level === "restricted") expect(verdictOf(object).baseline.allowed).toBe(true);
        } else {
          expect(result.allowed).toBe(false);
          const prefix = file.replace(/\d*\.yaml$/, "");
          expect(result.violations).toContain(CONTROL_BY_PREFIX.get(prefix));
        }
        expect(controlsFailedByChecks(object, level)).toEqual([...result.violations].sort());
      });
    }
  }
});

describe("evaluatePss on real manifests", () => {
  it("Online Boutique: baseline everywhere, restricted fails only on seccomp", async () => {
    const { snapshot } = await snapshotFromPaths([path.join(CORPUS, "realistic", "online-boutique", "kubernetes-manifests.yaml")]);
    const workloads = topWorkloads(snapshot);
    expect(workloads.length).toBeGreaterThanOrEqual(11);
    for (const workload of workloads) {
      const verdict = evaluatePss(workload);
      expect(verdict.baseline, workload.ref.name).toEqual({ allowed: true, violations: [] });
      expect(verdict.restricted, workload.ref.name).toEqual({ allowed: false, violations: ["seccompProfile_restricted"] });
    }
  });

  it("kube-prometheus: node-exporter fails baseline on host namespaces and hostPath", async () => {
    const { snapshot } = await snapshotFromPaths([path.join(CORPUS, "realistic", "kube-prometheus")]);
    const nodeExporter = topWorkloads(snapshot).find((workload) => workload.ref.name === "node-exporter");
    expect(nodeExporter?.kind).toBe("DaemonSet");
    const verdict = evaluatePss(nodeExporter!);
    expect(verdict.baseline.allowed).toBe(false);
    expect(verdict.baseline.violations).toEqual(expect.arrayContaining(["hostNamespaces", "hostPathVolumes"]));
    expect(verdict.restricted.violations).toEqual(expect.arrayContaining(verdict.baseline.violations));
  });
});

describe("evaluatePss on malformed objects", () => {
  it("a controller without a pod spec is not assessable, never allowed", () => {
    const verdict = verdictOf({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "empty" }, spec: {} });
    expect(verdict.assessable).toBe(false);
    expect(verdict.baseline.allowed).toBe(false);
    expect(verdict.restricted.allowed).toBe(false);
  });

  it("wrong types are read as absent, without throwing", () => {
    const verdict = verdictOf({
      kind: "Pod",
      metadata: { name: "odd", annotations: "nope" },
      spec: { hostPID: "true", containers: [null, 7, { name: 3, securityContext: "x", ports: "80" }], volumes: { a: 1 }, securityContext: [] },
    });
    expect(verdict.assessable).toBe(true);
    expect(verdict.baseline.allowed).toBe(true);
  });
});
