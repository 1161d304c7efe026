// The family on real insecure manifests (BishopFox BadPods) and the remediation round trip over
// every failing file of the corpus (BadPods, and the upstream PSS fail fixtures bare and wrapped).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../../engine";
import { snapshotFromPaths } from "../../load";
import { evaluatePss } from "../../pss";
import { verifyRemediations } from "../../round-trip";
import type { TKubeObject, TSnapshot } from "../../types";
import { topWorkloads } from "../../workloads";
import { pssChecks } from "./index";

const CORPUS = path.join(process.cwd(), "..", "shared", "corpus");
const BADPODS = path.join(CORPUS, "insecure", "badpods");

/** QW3 findings each BadPods category must yield, per workload (corpus README). `/` holds the runtime socket. */
const EXPECTED: Record<string, string[]> = {
  "everything-allowed": ["privileged-container", "host-network", "host-pid", "host-ipc", "host-path-volume", "container-runtime-socket-mount"],
  "priv-and-hostpid": ["privileged-container", "host-pid"],
  priv: ["privileged-container"],
  hostpath: ["host-path-volume", "container-runtime-socket-mount"],
  hostpid: ["host-pid"],
  hostnetwork: ["host-network"],
  hostipc: ["host-ipc"],
  "nothing-allowed": [],
};

/**
 * Where the upstream files say more than the README: BadPods' hostipc-revshell DaemonSet also
 * sets hostNetwork and hostPID (a copy-paste in fadd08c). We report what the manifest says.
 */
const UPSTREAM_QUIRKS: Record<string, string[]> = {
  "hostipc-revshell-daemonset": ["host-ipc", "host-network", "host-pid"],
};

/** Restricted-level QW3 checks: BadPods never sets allowPrivilegeEscalation=false, so they are judged apart. */
const RESTRICTED_QW3 = new Set(pssChecks.filter((check) => check.quickWin === "QW3" && check.pss?.level === "restricted").map((check) => check.id));

async function category(name: string): Promise<TSnapshot> {
  return (await snapshotFromPaths([path.join(BADPODS, name)])).snapshot;
}

describe("BadPods", () => {
  it("has the eight categories the README lists", () => {
    expect(readdirSync(BADPODS).filter((entry) => entry !== "LICENSE").sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(Object.entries(EXPECTED))("%s", (name, expected) => {
    it("yields exactly its QW3 findings on each of its 16 workloads", async () => {
      const snapshot = await category(name);
      const results = evaluateSnapshot(snapshot, { checks: pssChecks });
      const workloads = topWorkloads(snapshot);
      expect(workloads).toHaveLength(16);
      for (const workload of workloads) {
        const mine = results.filter((result) => result.object.kind === workload.kind && result.object.name === workload.ref.name);
        const failing = (ids: (id: string) => boolean) => [...new Set(mine.filter((result) => result.status === "fail" && ids(result.check)).map((result) => result.check))].sort();
        const qw3 = new Set(pssChecks.filter((check) => check.quickWin === "QW3").map((check) => check.id));
        expect(failing((id) => qw3.has(id) && !RESTRICTED_QW3.has(id)), workload.ref.name).toEqual([...(UPSTREAM_QUIRKS[workload.ref.name] ?? expected)].sort());
        const hostPath = expected.includes("host-path-volume");
        expect(failing((id) => RESTRICTED_QW3.has(id)), workload.ref.name).toEqual(hostPath ? ["allow-privilege-escalation", "restricted-volume-types"] : ["allow-privilege-escalation"]);
        expect(mine.every((result) => result.status !== "not_assessable")).toBe(true);
      }
    });

    it("gets the PSS verdict its privileges call for", async () => {
      for (const workload of topWorkloads(await category(name))) {
        const verdict = evaluatePss(workload);
        expect(verdict.baseline.allowed, workload.ref.name).toBe(name === "nothing-allowed");
        expect(verdict.restricted.allowed, workload.ref.name).toBe(false);
      }
    });

    it("remediations fix each finding and add no fail", async () => {
      // Pod-level checks read one object: verifying each alone keeps the round trip fast.
      for (const [kind, objects] of Object.entries((await category(name)).objects)) {
        for (const object of objects) expect(verifyRemediations({ objects: { [kind]: [object] }, gaps: [] }, pssChecks)).toEqual([]);
      }
    });
  });
});

describe("remediation round trip over the upstream PSS fail fixtures", () => {
  const files = (["baseline", "restricted"] as const).flatMap((level) =>
    readdirSync(path.join(CORPUS, "pss", level, "fail")).map((file) => path.join(CORPUS, "pss", level, "fail", file)),
  );

  it.each(files.map((file) => [path.relative(CORPUS, file), file]))("%s", async (_name, file) => {
    const { snapshot } = await snapshotFromPaths([file]);
    const pod = snapshot.objects.Pod![0]!;
    const template = { metadata: pod.metadata, spec: pod.spec };
    const metadata = { name: "wrapped", namespace: "pss" };
    const objects: TKubeObject[] = [
      pod,
      { apiVersion: "apps/v1", kind: "Deployment", metadata, spec: { template } },
      { apiVersion: "batch/v1", kind: "CronJob", metadata, spec: { jobTemplate: { spec: { template } } } },
      { apiVersion: "apps/v1", kind: "DaemonSet", metadata, spec: { template } },
    ];
    for (const object of objects) {
      const snapshot: TSnapshot = { objects: { [String(object.kind)]: [object] }, gaps: [] };
      expect(evaluateSnapshot(snapshot, { checks: pssChecks }).some((result) => result.status === "fail")).toBe(true);
      expect(verifyRemediations(snapshot, pssChecks)).toEqual([]);
    }
  });
});
