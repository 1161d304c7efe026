// A seeded generator of a large, realistic-looking cluster, for benchmarks only. The same seed
// always gives the same objects. Default scale (issue #3): 2,000 namespaces, 20,000 workloads
// owning 50,000 Pods, 5,000 RBAC objects, 2,000 NetworkPolicies, 10,000 ConfigMaps and Secrets.
import type { TKubeObject, TSnapshot } from "../lib/checks/types";

export interface TScale {
  namespaces: number;
  workloads: number;
  pods: number;
  rbac: number;
  networkPolicies: number;
  configsAndSecrets: number;
}

export const LARGE: TScale = { namespaces: 2_000, workloads: 20_000, pods: 50_000, rbac: 5_000, networkPolicies: 2_000, configsAndSecrets: 10_000 };

/** mulberry32: small, fast, good enough for shuffling test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMAGES = ["nginx:1.27", "nginx:latest", "redis:7.4", "ghcr.io/acme/api:2.3.1", "quay.io/acme/worker@sha256:" + "a".repeat(64), "busybox"];

function container(rand: () => number, name: string): Record<string, unknown> {
  const hardened = rand() < 0.5;
  return {
    name,
    image: IMAGES[Math.floor(rand() * IMAGES.length)],
    ports: [{ containerPort: 8080 }],
    env: rand() < 0.1 ? [{ name: "DB_PASSWORD", value: "hunter2-literal" }] : [{ name: "MODE", value: "prod" }],
    resources: rand() < 0.6 ? { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "256Mi" } } : {},
    securityContext: hardened
      ? { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] }, seccompProfile: { type: "RuntimeDefault" } }
      : rand() < 0.05 ? { privileged: true } : {},
  };
}

export function generateCluster(scale: TScale = LARGE, seed = 42): TSnapshot {
  const rand = random(seed);
  const objects: Record<string, TKubeObject[]> = {};
  const add = (object: TKubeObject) => (objects[object.kind as string] ??= []).push(object);
  const ns = (index: number) => `team-${index % scale.namespaces}`;

  for (let i = 0; i < scale.namespaces; i += 1) {
    add({ apiVersion: "v1", kind: "Namespace", metadata: { name: ns(i), labels: rand() < 0.5 ? { "pod-security.kubernetes.io/enforce": "baseline", team: `t${i}` } : {} } });
  }
  add({ apiVersion: "v1", kind: "Namespace", metadata: { name: "kube-system" } });
  add({ apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "calico-node", namespace: "kube-system" },
    spec: { selector: { matchLabels: { k8s: "calico-node" } }, template: { metadata: { labels: { k8s: "calico-node" } }, spec: { hostNetwork: true, containers: [{ name: "calico-node", image: "calico/node:v3.28.0", securityContext: { privileged: true } }] } } } });

  const podsPerWorkload = scale.pods / scale.workloads;
  let podCount = 0;
  for (let w = 0; w < scale.workloads; w += 1) {
    const namespace = ns(w);
    const name = `app-${w}`;
    const labels = { app: name, tier: rand() < 0.5 ? "web" : "backend" };
    const template = {
      metadata: { labels },
      spec: { serviceAccountName: rand() < 0.3 ? "default" : `sa-${w % 500}`, containers: [container(rand, "main"), ...(rand() < 0.3 ? [container(rand, "sidecar")] : [])] },
    };
    const kindRoll = rand();
    const kind = kindRoll < 0.75 ? "Deployment" : kindRoll < 0.9 ? "StatefulSet" : "DaemonSet";
    add({ apiVersion: "apps/v1", kind, metadata: { name, namespace, uid: `uid-${w}` }, spec: { selector: { matchLabels: labels }, template } });
    let ownerKind = kind;
    let ownerName = name;
    if (kind === "Deployment") {
      ownerKind = "ReplicaSet";
      ownerName = `${name}-5d8f7`;
      add({ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: ownerName, namespace, ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name, uid: `uid-${w}`, controller: true }] },
        spec: { selector: { matchLabels: labels }, template } });
    }
    const target = Math.round((w + 1) * podsPerWorkload) - podCount;
    for (let p = 0; p < target; p += 1, podCount += 1) {
      add({ apiVersion: "v1", kind: "Pod", metadata: { name: `${ownerName}-${p}`, namespace, labels, ownerReferences: [{ apiVersion: "apps/v1", kind: ownerKind, name: ownerName, controller: true }] },
        spec: template.spec, status: { phase: "Running" } });
    }
  }

  const rbacKinds = ["ServiceAccount", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"];
  for (let r = 0; r < scale.rbac; r += 1) {
    const kind = rbacKinds[r % rbacKinds.length]!;
    const namespace = kind.startsWith("Cluster") ? undefined : ns(r);
    const metadata = { name: `rbac-${r}`, ...(namespace ? { namespace } : {}) };
    if (kind === "ServiceAccount") add({ apiVersion: "v1", kind, metadata: { ...metadata, name: `sa-${r % 500}` } });
    else if (kind.endsWith("Binding")) {
      add({ apiVersion: "rbac.authorization.k8s.io/v1", kind, metadata,
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: kind === "RoleBinding" && rand() < 0.7 ? "Role" : "ClusterRole", name: `rbac-${r - 1}` },
        subjects: [rand() < 0.8 ? { kind: "ServiceAccount", name: `sa-${r % 500}`, namespace: namespace ?? ns(r) } : { kind: "User", name: `user-${r}@acme.example` }] });
    } else {
      add({ apiVersion: "rbac.authorization.k8s.io/v1", kind, metadata,
        rules: [{ apiGroups: [""], resources: rand() < 0.1 ? ["*"] : ["pods", "configmaps"], verbs: rand() < 0.1 ? ["*"] : ["get", "list", "watch"] },
          ...(rand() < 0.2 ? [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }] : [])] });
    }
  }

  for (let n = 0; n < scale.networkPolicies; n += 1) {
    const namespace = ns(n);
    add({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: `np-${n}`, namespace },
      spec: n % 3 === 0
        ? { podSelector: {}, policyTypes: ["Ingress", "Egress"] }
        : { podSelector: { matchExpressions: [{ key: "tier", operator: "In", values: ["web"] }] }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: `t${n}` } } }] }] } });
  }

  for (let c = 0; c < scale.configsAndSecrets; c += 1) {
    const namespace = ns(c);
    if (c % 2 === 0) add({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: `cfg-${c}`, namespace }, data: { "app.properties": "mode=prod\nlevel=info", ...(c % 20 === 0 ? { api_token: "ghp_" + "x".repeat(36) } : {}) } });
    else add({ apiVersion: "v1", kind: "Secret", metadata: { name: `sec-${c}`, namespace, creationTimestamp: "2024-01-01T00:00:00Z" }, type: c % 10 === 1 ? "kubernetes.io/service-account-token" : "Opaque", data: {} });
  }

  return { objects, gaps: [], serverVersion: { major: "1", minor: "31", gitVersion: "v1.31.4" } };
}
