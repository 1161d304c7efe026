// The demo cluster states (demo/clusters/…) tell a story: this test scans each one with the real
// loader, engine and scoring, and holds the story to account — what week 1 shows, what each week
// fixes, where it regresses, and that staging is in better shape than production.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../checks/engine";
import { snapshotFromPaths, type TLoaded } from "../checks/load";
import type { TCheckResult, TResultStatus } from "../checks/types";
import { postureScore } from "../scoring/posture";
import { DEFAULT_RATINGS, QUICK_WIN_IDS, type TQuickWinId } from "../scoring/quick-wins";
import { tallyEvaluations } from "../scoring/tally";
import { buildDemoState } from "./build-states";
import { DEMO_STATES, type TDemoState } from "./states";
import { english } from "../checks/english.testkit";

const ROOT = join(import.meta.dirname, "..", "..");

interface TScanned {
  state: TDemoState;
  loaded: TLoaded;
  results: TCheckResult[];
  posture: number;
  fails: Record<TQuickWinId, number>;
  totalFails: number;
}

const scanned = new Map<string, TScanned>();

function key(state: TDemoState): string {
  return state.week ? `${state.cluster}/week-${state.week}` : state.cluster;
}

function get(name: string): TScanned {
  const found = scanned.get(name);
  if (!found) throw new Error(`state ${name} was not scanned`);
  return found;
}

const PROD = [1, 2, 3, 4].map((week) => `acme-prod/week-${week}`);

/** "Kind/namespace/name" or "Kind/namespace/name[container]", as results name their object. */
function label(result: TCheckResult): string {
  return `${result.object.kind}/${result.object.namespace ?? ""}/${result.object.name}${result.container !== undefined ? `[${result.container}]` : ""}`;
}

/** The status of one check on one object (and container), or "absent" when the scan has no such result. */
function statusOf(state: string, check: string, object: string): TResultStatus | "absent" {
  const matches = get(state).results.filter((result) => result.check === check && label(result) === object);
  if (matches.length > 1) throw new Error(`${check} on ${object} is ambiguous in ${state}: name the container`);
  return matches[0]?.status ?? "absent";
}

beforeAll(async () => {
  for (const state of DEMO_STATES) {
    const loaded = await snapshotFromPaths([join(ROOT, state.dir)]);
    // Secret ages are judged at the time the state stands for, not the day the test runs.
    loaded.snapshot.evaluatedAt = state.takenAt;
    const results = evaluateSnapshot(loaded.snapshot);
    const tallies = tallyEvaluations(results);
    const fails = Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, tallies[id].counts.fail])) as Record<TQuickWinId, number>;
    scanned.set(key(state), {
      state,
      loaded,
      results,
      posture: postureScore(tallies, DEFAULT_RATINGS) ?? Number.NaN,
      fails,
      totalFails: results.filter((result) => result.status === "fail").length,
    });
  }
});

describe("demo states: well-formed", () => {
  it.each(DEMO_STATES.map((state) => [key(state), state] as const))("%s is exactly what the builder writes", async (_name, state) => {
    const files = buildDemoState(state);
    const present = (await readdir(join(ROOT, state.dir))).filter((file) => /\.(ya?ml|json)$/.test(file));
    expect(present.sort(), `${state.dir}: run npm run demo:states`).toEqual([...files.keys()].sort());
    for (const [file, text] of files) {
      expect(await readFile(join(ROOT, state.dir, file), "utf8"), `${state.dir}/${file}: run npm run demo:states`).toBe(text);
    }
  });

  it.each(DEMO_STATES.map((state) => [key(state)] as const))("%s parses cleanly, at demo size", (name) => {
    const { loaded } = get(name);
    expect(loaded.problems).toEqual([]);
    expect(loaded.count).toBeGreaterThanOrEqual(60);
    expect(loaded.count).toBeLessThanOrEqual(180);
    // Every object is one the collector reads, plus the folder-scan settings document.
    expect(Object.keys(loaded.snapshot.objects)).not.toContain("Unknown");
  });

  it.each(DEMO_STATES.map((state) => [key(state)] as const))("%s has no result spoiled by a malformed object", (name) => {
    const { results } = get(name);
    const notAssessable = results.filter((result) => result.status === "not_assessable");
    for (const result of notAssessable) {
      expect(result.object.name).not.toBe("(malformed)");
      expect(english(result.message)).not.toMatch(/could not be evaluated|could not run|has no readable pod spec|names no image|not in the snapshot|no readable/);
    }
    // The only coverage gaps: vulnerability counts before Trivy Operator has written a report.
    expect(new Set(notAssessable.map((result) => result.check))).toEqual(
      new Set(notAssessable.length > 0 ? ["image-critical-vulnerabilities", "image-high-vulnerabilities"] : []),
    );
    // Waivers come from annotations that carry a reason.
    for (const result of results.filter((candidate) => candidate.status === "waived")) {
      expect(result.waiver?.source).toBe("annotation");
      expect(result.waiver?.reason).not.toBe("");
    }
  });
});

describe("demo states: the acme-prod story", () => {
  it("week 1 fails somewhere on every one of the nine quick wins", () => {
    for (const id of QUICK_WIN_IDS) expect(get("acme-prod/week-1").fails[id], id).toBeGreaterThan(0);
  });

  it("gets better every week overall, regressions included", () => {
    const postures = PROD.map((name) => get(name).posture);
    const fails = PROD.map((name) => get(name).totalFails);
    for (let week = 1; week < 4; week += 1) {
      expect(postures[week]!, `posture week ${week + 1} vs week ${week}`).toBeGreaterThan(postures[week - 1]!);
      expect(fails[week]!, `fails week ${week + 1} vs week ${week}`).toBeLessThan(fails[week - 1]!);
    }
    expect(get("acme-prod/week-4").posture).toBeGreaterThan(get("acme-prod/week-1").posture + 10);
  });

  it("shows the week-4 RBAC regression and the scanner's first findings in the counts", () => {
    expect(get("acme-prod/week-4").fails.QW7).toBeGreaterThan(get("acme-prod/week-3").fails.QW7);
    expect(get("acme-prod/week-3").fails.QW7).toBeLessThan(get("acme-prod/week-1").fails.QW7);
    expect(get("acme-prod/week-4").fails.QW2).toBeGreaterThan(get("acme-prod/week-3").fails.QW2);
  });

  // check, object, then the status in weeks 1, 2, 3 and 4.
  const STORY: [string, string, [string, string, string, string]][] = [
    // QW1: the API server's flags and an old kubelet
    ["apiserver-profiling", "Pod/kube-system/kube-apiserver-cp-1[kube-apiserver]", ["fail", "fail", "pass", "pass"]],
    ["apiserver-audit-log", "Pod/kube-system/kube-apiserver-cp-1[kube-apiserver]", ["fail", "fail", "pass", "pass"]],
    ["apiserver-anonymous-auth", "Pod/kube-system/kube-apiserver-cp-1[kube-apiserver]", ["fail", "fail", "fail", "fail"]],
    ["apiserver-kubelet-certificate-authority", "Pod/kube-system/kube-apiserver-cp-1[kube-apiserver]", ["fail", "fail", "fail", "fail"]],
    ["apiserver-authorization-node-rbac", "Pod/kube-system/kube-apiserver-cp-1[kube-apiserver]", ["pass", "pass", "pass", "pass"]],
    ["node-kubelet-version", "Node//worker-2", ["fail", "fail", "fail", "pass"]],
    // QW2: tags, registries, scanning
    ["image-latest-tag", "Deployment/web/storefront[storefront]", ["fail", "pass", "pass", "pass"]],
    ["image-latest-tag", "Deployment/web/web-proxy[nginx]", ["fail", "pass", "pass", "pass"]],
    ["image-latest-tag", "CronJob/web/sitemap-generator[sitemap]", ["fail", "fail", "fail", "pass"]],
    ["image-registry-not-allowed", "Deployment/web/web-proxy[nginx]", ["fail", "fail", "pass", "pass"]],
    ["image-not-pinned-by-digest", "Deployment/payments/payments-api[api]", ["pass", "pass", "pass", "pass"]],
    ["image-scanning-not-in-place", "Cluster//cluster", ["fail", "fail", "pass", "pass"]],
    ["image-critical-vulnerabilities", "DaemonSet/monitoring/promtail[promtail]", ["absent", "absent", "absent", "fail"]],
    ["image-critical-vulnerabilities", "Deployment/payments/payments-api[api]", ["absent", "absent", "absent", "pass"]],
    // QW3: the privileged Elasticsearch, node agents, the debug pod
    ["privileged-container", "StatefulSet/data/elasticsearch[sysctl]", ["fail", "fail", "absent", "absent"]],
    ["host-path-volume", "StatefulSet/data/elasticsearch", ["fail", "fail", "fail", "pass"]],
    ["privileged-container", "DaemonSet/kube-system/kube-proxy[kube-proxy]", ["fail", "waived", "waived", "waived"]],
    ["host-network", "DaemonSet/kube-system/kube-flannel-ds", ["fail", "waived", "waived", "waived"]],
    ["host-network", "DaemonSet/monitoring/node-exporter", ["waived", "waived", "waived", "waived"]],
    ["host-pid", "DaemonSet/monitoring/node-exporter", ["waived", "waived", "waived", "waived"]],
    ["host-ports", "DaemonSet/monitoring/node-exporter[node-exporter]", ["fail", "fail", "fail", "fail"]],
    ["container-runtime-socket-mount", "DaemonSet/monitoring/node-exporter", ["fail", "fail", "fail", "fail"]],
    ["host-pid", "Pod/web/debug-netshoot", ["absent", "absent", "fail", "absent"]],
    ["dangerous-capabilities", "Pod/web/debug-netshoot[debug-netshoot]", ["absent", "absent", "fail", "absent"]],
    // QW4: web gets requests, limits, then a LimitRange and a quota
    ["container-missing-cpu-request", "Deployment/web/storefront[storefront]", ["fail", "pass", "pass", "pass"]],
    ["container-missing-memory-limit", "Deployment/web/storefront[storefront]", ["fail", "fail", "pass", "pass"]],
    ["namespace-without-limit-range", "Namespace//web", ["fail", "fail", "fail", "pass"]],
    ["namespace-without-resource-quota", "Namespace//web", ["fail", "fail", "fail", "pass"]],
    ["namespace-without-limit-range", "Namespace//payments", ["pass", "pass", "pass", "pass"]],
    // QW5: the literal DB_PASSWORD, then env from a Secret, then a mounted file
    ["secret-literal-env", "Deployment/payments/payments-api[api]", ["fail", "pass", "pass", "pass"]],
    ["secret-env-reference", "Deployment/payments/payments-api[api]", ["fail", "fail", "pass", "pass"]],
    ["secret-literal-env", "CronJob/data/pg-backup[backup]", ["fail", "fail", "pass", "pass"]],
    ["configmap-secret-like-value", "ConfigMap/web/storefront-config", ["fail", "pass", "pass", "pass"]],
    ["configmap-secret-like-value", "ConfigMap/monitoring/grafana-datasources", ["fail", "fail", "fail", "absent"]],
    ["legacy-service-account-token-secret", "Secret/default/ci-deployer-token", ["fail", "fail", "absent", "absent"]],
    ["secret-rotation-overdue", "Secret/data/postgres-credentials", ["fail", "fail", "fail", "pass"]],
    ["encryption-at-rest-missing", "Pod/kube-system/kube-apiserver-cp-1[kube-apiserver]", ["fail", "fail", "fail", "fail"]],
    ["rbac-secrets-read", "ClusterRoleBinding//trivy-operator", ["absent", "absent", "fail", "fail"]],
    // QW6: the stray workload in default, owner labels, Pod Security enforcement
    ["workload-in-default-namespace", "Deployment/default/hello-nginx", ["fail", "absent", "absent", "absent"]],
    ["namespace-owner-label", "Namespace//data", ["fail", "pass", "pass", "pass"]],
    ["namespace-pod-security-enforce", "Namespace//payments", ["pass", "pass", "pass", "pass"]],
    ["namespace-pod-security-enforce", "Namespace//web", ["fail", "fail", "fail", "pass"]],
    ["namespace-pod-security-enforce", "Namespace//data", ["fail", "fail", "fail", "pass"]],
    // QW7: CI's cluster-admin goes in week 3; a wildcard Role arrives in week 4
    ["rbac-cluster-admin-binding", "ClusterRoleBinding//ci-deployer-cluster-admin", ["fail", "fail", "absent", "absent"]],
    ["rbac-cluster-admin-binding", "RoleBinding/payments/ci-deployer", ["absent", "absent", "pass", "pass"]],
    ["rbac-default-service-account-bound", "RoleBinding/data/default-view", ["fail", "fail", "absent", "absent"]],
    ["rbac-wildcard-rules", "Role/data/etl-runner", ["absent", "absent", "absent", "fail"]],
    ["rbac-create-pods", "RoleBinding/data/etl-runner", ["absent", "absent", "absent", "fail"]],
    ["rbac-pods-exec-attach", "RoleBinding/web/web-developers", ["fail", "fail", "fail", "fail"]],
    ["rbac-nodes-proxy", "ClusterRoleBinding//prometheus", ["fail", "fail", "fail", "fail"]],
    // QW8: flannel, default denies in payments (week 2) and web (week 4)
    ["cni-no-network-policy-support", "Cluster//cluster", ["fail", "fail", "fail", "fail"]],
    ["namespace-no-default-deny-ingress", "Namespace//payments", ["fail", "pass", "pass", "pass"]],
    ["namespace-no-default-deny-egress", "Namespace//payments", ["fail", "pass", "pass", "pass"]],
    ["namespace-no-default-deny-ingress", "Namespace//web", ["fail", "fail", "fail", "pass"]],
    ["network-policy-allow-all-ingress", "NetworkPolicy/web/allow-all-ingress", ["fail", "fail", "fail", "absent"]],
    ["workload-not-selected-by-network-policy", "Deployment/payments/ledger-worker", ["fail", "pass", "pass", "pass"]],
    // QW9: web's securityContext, step by step
    ["run-as-non-root", "Deployment/web/storefront", ["fail", "pass", "pass", "pass"]],
    ["capabilities-drop-all", "Deployment/web/storefront[storefront]", ["fail", "fail", "pass", "pass"]],
    ["read-only-root-filesystem", "Deployment/web/storefront[storefront]", ["fail", "fail", "fail", "pass"]],
    ["run-as-non-root", "Deployment/data/redis", ["fail", "pass", "pass", "pass"]],
    ["run-as-user-root", "DaemonSet/monitoring/promtail", ["fail", "fail", "fail", "fail"]],
    ["seccomp-profile", "Deployment/payments/payments-api", ["pass", "pass", "pass", "pass"]],
  ];

  it.each(STORY)("%s on %s", (check, object, weeks) => {
    expect(PROD.map((state) => statusOf(state, check, object))).toEqual(weeks);
  });
});

describe("demo states: acme-staging", () => {
  it("is in better shape than production at its best", () => {
    const staging = get("acme-staging");
    const prod = get("acme-prod/week-4");
    expect(staging.posture).toBeGreaterThan(prod.posture);
    expect(staging.posture).toBeGreaterThanOrEqual(90);
    expect(staging.totalFails).toBeLessThan(prod.totalFails);
    for (const id of ["QW1", "QW3", "QW4", "QW5", "QW7", "QW8"] as const) {
      expect(staging.fails[id], id).toBeLessThanOrEqual(prod.fails[id]);
    }
  });

  it.each([
    ["cni-no-network-policy-support", "Cluster//cluster", "pass"],
    ["encryption-at-rest-missing", "Pod/kube-system/kube-apiserver-stg-cp-1[kube-apiserver]", "pass"],
    ["apiserver-anonymous-auth", "Pod/kube-system/kube-apiserver-stg-cp-1[kube-apiserver]", "pass"],
    ["apiserver-audit-log", "Pod/kube-system/kube-apiserver-stg-cp-1[kube-apiserver]", "pass"],
    ["apiserver-kubelet-certificate-authority", "Pod/kube-system/kube-apiserver-stg-cp-1[kube-apiserver]", "fail"],
    ["external-secret-manager-missing", "Cluster//cluster", "pass"],
    ["image-scanning-not-in-place", "Cluster//cluster", "pass"],
    ["container-runtime-socket-mount", "DaemonSet/monitoring/node-exporter", "pass"],
    ["privileged-container", "DaemonSet/kube-system/calico-node[calico-node]", "waived"],
    ["namespace-no-default-deny-ingress", "Namespace//data", "pass"],
    ["rbac-pods-exec-attach", "RoleBinding/web/web-developers", "fail"],
  ])("%s on %s: %s", (check, object, status) => {
    expect(statusOf("acme-staging", check, object)).toBe(status);
  });
});
