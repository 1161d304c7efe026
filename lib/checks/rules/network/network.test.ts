import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../../engine";
import { describeFixtures } from "../../fixture-suite.testkit";
import { snapshotFromPaths, snapshotFromText } from "../../load";
import { roundTripProblems } from "../../round-trip";
import { networkChecks } from "./index";
import { english } from "../../english.testkit";

const BOUTIQUE = path.join(process.cwd(), "..", "shared", "corpus", "realistic", "online-boutique");

describeFixtures(networkChecks);

function resultsOf(checkId: string, results: ReturnType<typeof evaluateSnapshot>) {
  return results.filter((result) => result.check === checkId);
}

describe("Online Boutique", () => {
  it("without its NetworkPolicies, no workload is selected by a policy", async () => {
    const { snapshot } = await snapshotFromPaths([path.join(BOUTIQUE, "kubernetes-manifests.yaml")]);
    const results = resultsOf("workload-not-selected-by-network-policy", evaluateSnapshot(snapshot, { checks: networkChecks }));
    expect(results).toHaveLength(12);
    expect(results.every((result) => result.status === "fail" && result.object.kind === "Deployment")).toBe(true);
  });

  it("with its NetworkPolicies, every workload is selected, and the namespace denies by default", async () => {
    const { snapshot } = await snapshotFromPaths([BOUTIQUE]);
    const results = evaluateSnapshot(snapshot, { checks: networkChecks });
    const selection = resultsOf("workload-not-selected-by-network-policy", results);
    expect(selection).toHaveLength(12);
    expect(selection.map((result) => result.status)).toEqual(Array(12).fill("pass"));
    for (const id of ["namespace-without-network-policy", "namespace-no-default-deny-ingress", "namespace-no-default-deny-egress"]) {
      expect(resultsOf(id, results).map((result) => [result.object.name, result.status])).toEqual([["default", "pass"]]);
    }
    // Only the frontend admits every source (`ingress: [{}]`); loadgenerator is egress-only.
    const open = resultsOf("network-policy-allow-all-ingress", results);
    expect(open.filter((result) => result.status === "fail").map((result) => result.object.name)).toEqual(["frontend"]);
    expect(open).toHaveLength(12);
    // A manifest folder shows no kube-system: the CNI cannot be judged.
    expect(resultsOf("cni-no-network-policy-support", results).map((result) => result.status)).toEqual(["not_assessable"]);
  });

  it("round-trips every network remediation, with and without its policies", async () => {
    for (const paths of [[path.join(BOUTIQUE, "kubernetes-manifests.yaml")], [BOUTIQUE]]) {
      const { snapshot } = await snapshotFromPaths(paths);
      const { tried, problems } = roundTripProblems(snapshot, { checkIds: new Set(networkChecks.map((check) => check.id)) });
      expect(problems).toEqual([]);
      expect(tried).toBeGreaterThan(0);
    }
  });
});

describe("CNI detection", () => {
  const daemonSet = (name: string, namespace: string, image: string) => `
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  template:
    spec:
      containers: [{ name: agent, image: "${image}" }]
---`;

  const verdict = (text: string) =>
    evaluateSnapshot(snapshotFromText(text).snapshot, { checks: networkChecks }).find((result) => result.check === "cni-no-network-policy-support")!;

  it.each([
    ["calico in calico-system (Tigera operator)", daemonSet("calico-node", "calico-system", "quay.io/calico/node:v3.28.0"), "pass"],
    ["antrea", daemonSet("antrea-agent", "kube-system", "antrea/antrea-agent-ubuntu:v2.0.0"), "pass"],
    ["weave", daemonSet("weave-net", "kube-system", "weaveworks/weave-kube:2.8.1"), "pass"],
    ["kube-router", daemonSet("kube-router", "kube-system", "docker.io/cloudnativelabs/kube-router:v2.1.0"), "pass"],
    ["flannel and calico side by side (canal split)", daemonSet("kube-flannel-ds", "kube-system", "flannel/flannel:v0.25.1") + daemonSet("calico-node", "kube-system", "calico/node:v3.28.0"), "pass"],
    ["flannel with a registry mirror host named calico", daemonSet("kube-flannel-ds", "kube-system", "calico.mirror.example.com/flannel/flannel:v0.25.1"), "fail"],
    ["an unknown CNI", daemonSet("aws-node", "kube-system", "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.18.0"), "not_assessable"],
  ])("%s", (_name, text, status) => {
    expect(verdict(text).status).toBe(status);
  });

  it("says why when kube-system is not visible, and when a DaemonSet gap hides it", () => {
    expect(english(verdict("apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }").message)).toMatch(/kube-system/);
    const snapshot = snapshotFromText("").snapshot;
    snapshot.gaps.push({ kind: "DaemonSet", reason: "403 Forbidden" });
    const result = evaluateSnapshot(snapshot, { checks: networkChecks }).find((candidate) => candidate.check === "cni-no-network-policy-support")!;
    expect(result.status).toBe("not_assessable");
  });
});
