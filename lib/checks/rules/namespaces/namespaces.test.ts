import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../../engine";
import { snapshotFromText } from "../../load";
import { namespacesChecks } from ".";
import { ownerLabel } from "./namespace-owner-label";
import { english } from "../../english.testkit";

const run = (yaml: string, id: string) => evaluateSnapshot(snapshotFromText(yaml).snapshot, { checks: namespacesChecks.filter((check) => check.id === id) });
const deployment = (name: string, podSpec: string) =>
  `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: shop}\nspec:\n  template:\n    spec:\n${podSpec}`;

describe("namespace-pod-security-enforce", () => {
  const namespace = "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n";
  const hardened = "      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n" +
    "      containers: [{name: c, image: nginx, securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}}]\n";

  it("proposes restricted when every workload of the namespace already meets it", () => {
    const [result] = run(namespace + deployment("web", hardened), "namespace-pod-security-enforce");
    expect(result?.remediation).toMatchObject({ patch: { metadata: { labels: { "pod-security.kubernetes.io/enforce": "restricted" } } } });
  });

  it("proposes baseline (warning at restricted) otherwise, and names the workloads baseline would reject", () => {
    const [result] = run(namespace + deployment("web", hardened) + deployment("agent", "      hostPID: true\n      containers: [{name: c, image: agent}]\n"), "namespace-pod-security-enforce");
    expect(result?.remediation).toMatchObject({ patch: { metadata: { labels: {
      "pod-security.kubernetes.io/enforce": "baseline", "pod-security.kubernetes.io/warn": "restricted" } } } });
    expect(result?.evidence).toMatchObject({ wouldReject: ["Deployment/agent"] });
  });
});

describe("namespace-owner-label", () => {
  it("accepts owner or team under any prefix, and app.kubernetes.io/part-of", () => {
    expect(ownerLabel({ owner: "payments" })).toBe("owner");
    expect(ownerLabel({ "example.com/team": "core" })).toBe("example.com/team");
    expect(ownerLabel({ "app.kubernetes.io/part-of": "shop" })).toBe("app.kubernetes.io/part-of");
    expect(ownerLabel({ owner: "" })).toBeUndefined();
    expect(ownerLabel({ "app.kubernetes.io/name": "shop", ownership: "x" })).toBeUndefined();
  });
});

describe("pod-user-namespace-unused", () => {
  it("skips Windows pods and offers no patch the API would reject beside host namespaces", () => {
    const results = run(deployment("win", "      os: {name: windows}\n      containers: [{name: c, image: iis}]\n") +
      deployment("agent", "      hostIPC: true\n      containers: [{name: c, image: agent}]\n"), "pod-user-namespace-unused");
    expect(results.map((result) => [result.object.name, result.status, result.remediation?.type])).toEqual([["agent", "fail", "manual"]]);
    expect(english(results[0]!.message)).toContain("IPC namespace");
  });
});

describe("workload-in-default-namespace", () => {
  it("never throws on a workload without a pod spec", () => {
    const results = run("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x, namespace: default}\nspec: null\n", "workload-in-default-namespace");
    expect(results.map((result) => result.status)).toEqual(["fail"]);
    const hostUsers = run("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x, namespace: default}\nspec: null\n", "pod-user-namespace-unused");
    expect(hostUsers.map((result) => result.status)).toEqual(["not_assessable"]);
  });
});
