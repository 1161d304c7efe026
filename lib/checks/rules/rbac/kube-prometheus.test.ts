// The four families of this folder's siblings (RBAC, secrets, control plane, namespaces) over a
// real monitoring stack: nothing throws, and verdicts match what the manifests say.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../../engine";
import { snapshotFromPaths } from "../../load";
import { roundTripProblems } from "../../round-trip";
import type { TCheckResult, TSnapshot } from "../../types";
import { controlPlaneChecks } from "../control-plane";
import { namespacesChecks } from "../namespaces";
import { secretsChecks } from "../secrets";
import { rbacChecks } from ".";
import { english } from "../../english.testkit";

const CORPUS = join(process.cwd(), "..", "shared", "corpus", "realistic", "kube-prometheus");
const OURS = [...rbacChecks, ...secretsChecks, ...controlPlaneChecks, ...namespacesChecks];

let snapshot: TSnapshot;
let results: TCheckResult[];
const status = (check: string, kind: string, name: string) =>
  results.filter((result) => result.check === check && result.object.kind === kind && result.object.name === name).map((result) => result.status);

beforeAll(async () => {
  ({ snapshot } = await snapshotFromPaths([CORPUS]));
  results = evaluateSnapshot(snapshot, { checks: OURS });
});

describe("kube-prometheus", () => {
  it("evaluates without a malformed-object verdict", () => {
    expect(results.length).toBeGreaterThan(100);
    expect(results.filter((result) => english(result.message).includes("could not"))).toEqual([]);
  });

  it("flags the wildcard ClusterRoles (metrics.k8s.io */*, prometheus-operator's `*` verbs) and no other role", () => {
    expect(status("rbac-wildcard-rules", "ClusterRole", "resource-metrics-server-resources")).toEqual(["fail"]);
    expect(status("rbac-wildcard-rules", "ClusterRole", "prometheus-operator")).toEqual(["fail"]);
    expect(status("rbac-wildcard-rules", "ClusterRole", "kube-state-metrics")).toEqual(["pass"]);
    expect(results.filter((r) => r.check === "rbac-wildcard-rules" && r.status === "fail")).toHaveLength(2);
  });

  it("finds the two ServiceAccounts that read Secrets cluster-wide", () => {
    const readers = results.filter((r) => r.check === "rbac-secrets-read" && r.status === "fail").map((r) => r.object.name).sort();
    expect(readers).toEqual(["kube-state-metrics", "prometheus-operator"]);
    // prometheus-k8s reads configmaps, services, pods and endpoints only.
    expect(status("rbac-secrets-read", "RoleBinding", "prometheus-k8s")).toEqual(["pass", "pass", "pass"]);
  });

  it("resolves the bootstrap Role kube-system/extension-apiserver-authentication-reader without flagging it", () => {
    expect(status("rbac-create-pods", "RoleBinding", "resource-metrics-auth-reader")).toEqual(["pass"]);
    expect(results.filter((r) => r.check.startsWith("rbac-") && r.status === "not_assessable")).toEqual([]);
  });

  it("grants no cluster-admin, pod creation, exec or escalation", () => {
    for (const check of ["rbac-cluster-admin-binding", "rbac-create-pods", "rbac-pods-exec-attach", "rbac-escalate-bind-impersonate", "rbac-anonymous-binding"]) {
      expect(results.filter((r) => r.check === check && r.status !== "pass")).toEqual([]);
    }
  });

  it("judges token automount from pod, ServiceAccount and bindings together", () => {
    // grafana's pod opts out; the others mount on purpose and their accounts are bound.
    expect(status("service-account-token-automount", "Deployment", "grafana")).toEqual(["pass"]);
    expect(status("service-account-token-automount", "Deployment", "prometheus-operator")).toEqual(["pass"]);
    expect(results.filter((r) => r.check === "service-account-token-automount" && r.status !== "pass")).toEqual([]);
  });

  it("reads Secret metadata only and finds no literal secret in env or ConfigMaps", () => {
    expect(status("legacy-service-account-token-secret", "Secret", "grafana-config")).toEqual(["pass"]);
    expect(results.filter((r) => ["secret-literal-env", "configmap-secret-like-value", "secret-env-reference"].includes(r.check) && r.status !== "pass")).toEqual([]);
  });

  it("does not claim control-plane or cluster-wide verdicts from a folder of manifests", () => {
    for (const check of [...controlPlaneChecks.filter((c) => c.id.startsWith("apiserver-")).map((c) => c.id), "encryption-at-rest-missing", "external-secret-manager-missing"]) {
      expect(results.filter((r) => r.check === check).map((r) => r.status)).toEqual(["not_assessable"]);
    }
  });

  it("sees node-exporter's host namespaces when judging user namespaces", () => {
    const [result] = results.filter((r) => r.check === "pod-user-namespace-unused" && r.object.name === "node-exporter");
    expect(result).toMatchObject({ status: "fail", remediation: { type: "manual" } });
    expect(english(result!.message)).toContain("network and PID namespaces");
  });

  it("keeps the remediation contract for every fail of these families", () => {
    const { problems } = roundTripProblems(snapshot, { checkIds: new Set(OURS.map((check) => check.id)) });
    expect(problems).toEqual([]);
  });
});
