// Builds the demo cluster states (demo/clusters/…) from one shared description, so that the four
// weekly states of acme-prod and the staging cluster stay consistent: each state is the whole
// cluster at that time, not a diff. Pure: returns file name → YAML text; the writer is
// scripts/build-demo-states.ts. Every value here is invented demo data; Secret values are the
// obviously fake "ZGVtby1vbmx5" (base64 of "demo-only").
//
// The story (demo/README.md tells it for people):
//   week 1  many gaps on all nine quick wins.
//   week 2  payments: DB_PASSWORD moves from a literal to a Secret, default-deny NetworkPolicy;
//           web: versioned images, requests, runAsNonRoot; stray workload leaves `default`;
//           platform records exemptions for the kube-system node agents.
//   week 3  CI's cluster-admin binding and its long-lived token are gone; audit log and
//           profiling=false on the API server; Trivy Operator installed; Elasticsearch's
//           privileged init container removed. Regression: a debug pod with hostPID in web.
//   week 4  debug pod gone and web enforces Pod Security baseline with a default deny; old
//           worker upgraded; Elasticsearch leaves hostPath; first VulnerabilityReports.
//           Regression: a wildcard Role (etl-runner) appears in data.
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import type { TDemoState } from "./states";

type TObj = Record<string, unknown>;

interface TCtx {
  prod: boolean;
  /** acme-prod week (1…4); staging counts as 5: every prod fix is in, no prod regression. */
  week: number;
  takenAt: string;
  domain: string;
}

const DEMO_VALUE = "ZGVtby1vbmx5"; // base64("demo-only")
const ACME = "registry.acme.example";
const EXEMPT = "ramparts.io/exempt";
const EXEMPT_REASON = "ramparts.io/exempt-reason";

/** A stable, obviously generated digest for an image reference. */
function digestOf(image: string): string {
  return `sha256:${createHash("sha256").update(`ramparts-demo:${image}`).digest("hex")}`;
}

function pinned(image: string): string {
  return `${image}@${digestOf(image)}`;
}

/** Staging pulls third-party images through the ACME mirror; prod still pulls them directly. */
function thirdParty(c: TCtx, image: string): string {
  return c.prod ? image : `${ACME}/mirror/${image.replace(/^docker\.io\//, "").replace(/^docker\.elastic\.co\//, "")}`;
}

/** A stable UUID-shaped id (owner references name their owner's uid). */
function uuidFor(seed: string): string {
  const hex = createHash("sha256").update(`ramparts-demo:${seed}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `<deployment>-<pod-template-hash>`, as a ReplicaSet name. */
function replicaSetName(deployment: string, salt: string): string {
  const hash = createHash("sha256").update(`${deployment}:${salt}`).digest("hex");
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  let out = "";
  for (let index = 0; index < 10; index += 1) out += alphabet[Number.parseInt(hash.slice(index * 2, index * 2 + 2), 16) % alphabet.length];
  return `${deployment}-${out}`;
}

// ---------------------------------------------------------------------------------------------
// Small constructors

function meta(name: string, namespace?: string, extra: { labels?: TObj; annotations?: TObj; creationTimestamp?: string } = {}): TObj {
  const out: TObj = { name };
  if (namespace) out.namespace = namespace;
  if (extra.creationTimestamp) out.creationTimestamp = extra.creationTimestamp;
  if (extra.labels && Object.keys(extra.labels).length > 0) out.labels = extra.labels;
  if (extra.annotations && Object.keys(extra.annotations).length > 0) out.annotations = extra.annotations;
  return out;
}

function templateMeta(labels: TObj, annotations?: TObj): TObj {
  return annotations && Object.keys(annotations).length > 0 ? { labels, annotations } : { labels };
}

function appLabels(name: string, partOf: string, team: string, extra: TObj = {}): TObj {
  return { "app.kubernetes.io/name": name, "app.kubernetes.io/part-of": partOf, team, ...extra };
}

function resources(cpu: string, memory: string, memoryLimit: string, cpuLimit?: string): TObj {
  return { requests: { cpu, memory }, limits: cpuLimit ? { cpu: cpuLimit, memory: memoryLimit } : { memory: memoryLimit } };
}

function podRestricted(uid: number, extra: TObj = {}): TObj {
  return { runAsNonRoot: true, runAsUser: uid, runAsGroup: uid, fsGroup: uid, seccompProfile: { type: "RuntimeDefault" }, ...extra };
}

const CONTAINER_RESTRICTED: TObj = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } };

function exemption(checks: string[], reason: string): TObj {
  return { [EXEMPT]: checks.join(","), [EXEMPT_REASON]: reason };
}

function deployment(namespace: string, name: string, labels: TObj, podSpec: TObj, options: { replicas?: number; annotations?: TObj; podAnnotations?: TObj; selector?: TObj } = {}): TObj {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: meta(name, namespace, { labels, annotations: options.annotations }),
    spec: {
      replicas: options.replicas ?? 2,
      revisionHistoryLimit: 5,
      selector: { matchLabels: options.selector ?? { "app.kubernetes.io/name": labels["app.kubernetes.io/name"] ?? name } },
      template: { metadata: templateMeta(labels, options.podAnnotations), spec: podSpec },
    },
  };
}

function statefulSet(namespace: string, name: string, labels: TObj, podSpec: TObj, options: { replicas?: number; claims?: TObj[]; annotations?: TObj } = {}): TObj {
  const spec: TObj = {
    serviceName: name,
    replicas: options.replicas ?? 1,
    selector: { matchLabels: { "app.kubernetes.io/name": labels["app.kubernetes.io/name"] ?? name } },
    template: { metadata: templateMeta(labels), spec: podSpec },
  };
  if (options.claims) spec.volumeClaimTemplates = options.claims;
  return { apiVersion: "apps/v1", kind: "StatefulSet", metadata: meta(name, namespace, { labels, annotations: options.annotations }), spec };
}

function daemonSet(namespace: string, name: string, labels: TObj, selector: TObj, podSpec: TObj, annotations?: TObj): TObj {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: meta(name, namespace, { labels, annotations }),
    spec: {
      selector: { matchLabels: selector },
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } },
      template: { metadata: templateMeta(labels), spec: podSpec },
    },
  };
}

function cronJob(namespace: string, name: string, labels: TObj, schedule: string, podSpec: TObj): TObj {
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: meta(name, namespace, { labels }),
    spec: {
      schedule,
      timeZone: "Etc/UTC",
      concurrencyPolicy: "Forbid",
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: { spec: { backoffLimit: 2, template: { metadata: templateMeta(labels), spec: { restartPolicy: "OnFailure", ...podSpec } } } },
    },
  };
}

function service(namespace: string, name: string, selector: TObj, ports: TObj[], extra: TObj = {}): TObj {
  return { apiVersion: "v1", kind: "Service", metadata: meta(name, namespace, { labels: { "app.kubernetes.io/name": name } }), spec: { type: "ClusterIP", selector, ports, ...extra } };
}

function ingress(namespace: string, name: string, host: string, serviceName: string, port: number, tlsSecret: string): TObj {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: meta(name, namespace, { annotations: { "nginx.ingress.kubernetes.io/ssl-redirect": "true" } }),
    spec: {
      ingressClassName: "nginx",
      tls: [{ hosts: [host], secretName: tlsSecret }],
      rules: [{ host, http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: serviceName, port: { number: port } } } }] } }],
    },
  };
}

function configMap(namespace: string, name: string, data: Record<string, string>, labels?: TObj): TObj {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: meta(name, namespace, { labels }), data };
}

/** A Secret: key names only matter; every value is the fake DEMO_VALUE. */
function secret(namespace: string, name: string, keys: string[], options: { type?: string; created: string; rotated?: string; annotations?: TObj; labels?: TObj }): TObj {
  const metadata = meta(name, namespace, { creationTimestamp: options.created, annotations: options.annotations, labels: options.labels });
  if (options.rotated) metadata.managedFields = [{ manager: "kubectl-client-side-apply", operation: "Update", apiVersion: "v1", time: options.rotated }];
  return { apiVersion: "v1", kind: "Secret", metadata, type: options.type ?? "Opaque", data: Object.fromEntries(keys.map((key) => [key, DEMO_VALUE])) };
}

function serviceAccount(namespace: string, name: string, automount?: boolean, labels?: TObj): TObj {
  const out: TObj = { apiVersion: "v1", kind: "ServiceAccount", metadata: meta(name, namespace, { labels }) };
  if (automount !== undefined) out.automountServiceAccountToken = automount;
  return out;
}

function rule(apiGroups: string[], resources: string[], verbs: string[], resourceNames?: string[]): TObj {
  const out: TObj = { apiGroups, resources, verbs };
  if (resourceNames) out.resourceNames = resourceNames;
  return out;
}

function role(namespace: string, name: string, rules: TObj[], labels?: TObj): TObj {
  return { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: meta(name, namespace, { labels }), rules };
}

function clusterRole(name: string, rules: TObj[], labels?: TObj): TObj {
  return { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: meta(name, undefined, { labels }), rules };
}

type TSubject = { kind: "ServiceAccount"; name: string; namespace: string } | { kind: "User" | "Group"; name: string };

function subjectObject(subject: TSubject): TObj {
  return subject.kind === "ServiceAccount" ? { ...subject } : { apiGroup: "rbac.authorization.k8s.io", ...subject };
}

function roleBinding(namespace: string, name: string, roleRef: { kind: "Role" | "ClusterRole"; name: string }, subjects: TSubject[]): TObj {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: meta(name, namespace),
    roleRef: { apiGroup: "rbac.authorization.k8s.io", ...roleRef },
    subjects: subjects.map(subjectObject),
  };
}

function clusterRoleBinding(name: string, roleName: string, subjects: TSubject[], labels?: TObj): TObj {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: meta(name, undefined, { labels }),
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: roleName },
    subjects: subjects.map(subjectObject),
  };
}

function networkPolicy(namespace: string, name: string, spec: TObj): TObj {
  return { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: meta(name, namespace), spec };
}

const DNS_EGRESS: TObj = {
  to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } }, podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
  ports: [{ protocol: "UDP", port: 53 }, { protocol: "TCP", port: 53 }],
};

function defaultDeny(namespace: string): TObj {
  return networkPolicy(namespace, "default-deny", { podSelector: {}, policyTypes: ["Ingress", "Egress"], egress: [DNS_EGRESS] });
}

function limitRange(namespace: string, name: string, defaults: { cpu: string; memory: string; memoryLimit: string; maxMemory: string }): TObj {
  return {
    apiVersion: "v1",
    kind: "LimitRange",
    metadata: meta(name, namespace),
    spec: {
      limits: [{
        type: "Container",
        default: { memory: defaults.memoryLimit },
        defaultRequest: { cpu: defaults.cpu, memory: defaults.memory },
        max: { memory: defaults.maxMemory },
      }],
    },
  };
}

function resourceQuota(namespace: string, name: string, hard: Record<string, string>): TObj {
  return { apiVersion: "v1", kind: "ResourceQuota", metadata: meta(name, namespace), spec: { hard } };
}

function namespace(name: string, labels: TObj, created: string): TObj {
  return { apiVersion: "v1", kind: "Namespace", metadata: meta(name, undefined, { labels: { "kubernetes.io/metadata.name": name, ...labels }, creationTimestamp: created }) };
}

function psa(enforce: string | undefined, warnAudit?: string): TObj {
  const out: TObj = {};
  if (enforce) {
    out["pod-security.kubernetes.io/enforce"] = enforce;
    out["pod-security.kubernetes.io/enforce-version"] = "latest";
  }
  if (warnAudit) {
    out["pod-security.kubernetes.io/warn"] = warnAudit;
    out["pod-security.kubernetes.io/audit"] = warnAudit;
  }
  return out;
}

function tmpVolume(name = "tmp"): TObj {
  return { name, emptyDir: { sizeLimit: "64Mi" } };
}

function httpProbe(path: string, port: number | string, extra: TObj = {}): TObj {
  return { httpGet: { path, port }, periodSeconds: 10, ...extra };
}

// ---------------------------------------------------------------------------------------------
// Cluster scope

function node(name: string, kubelet: string, controlPlane: boolean, address: string): TObj {
  const labels: TObj = {
    "kubernetes.io/hostname": name,
    "kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "topology.kubernetes.io/zone": controlPlane ? "eu-west-1a" : name.endsWith("1") ? "eu-west-1a" : "eu-west-1b",
  };
  if (controlPlane) {
    labels["node-role.kubernetes.io/control-plane"] = "";
    labels["node.kubernetes.io/exclude-from-external-load-balancers"] = "";
  }
  const spec: TObj = { podCIDR: "" };
  if (controlPlane) spec.taints = [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }];
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: meta(name, undefined, { labels, annotations: { "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock" } }),
    spec,
    status: {
      addresses: [{ type: "InternalIP", address }, { type: "Hostname", address: name }],
      conditions: [{ type: "Ready", status: "True", reason: "KubeletReady", message: "kubelet is posting ready status" }],
      nodeInfo: {
        kubeletVersion: kubelet,
        containerRuntimeVersion: kubelet.startsWith("v1.35") ? "containerd://2.1.4" : "containerd://1.7.24",
        osImage: "Ubuntu 24.04.3 LTS",
        kernelVersion: kubelet.startsWith("v1.35") ? "6.8.0-85-generic" : "6.8.0-48-generic",
        operatingSystem: "linux",
        architecture: "amd64",
      },
    },
  };
}

function crd(group: string, kind: string, plural: string, scope: "Namespaced" | "Cluster", version: string): TObj {
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: meta(`${plural}.${group}`),
    spec: {
      group,
      names: { kind, plural, singular: kind.toLowerCase(), listKind: `${kind}List` },
      scope,
      versions: [{ name: version, served: true, storage: true, schema: { openAPIV3Schema: { type: "object", "x-kubernetes-preserve-unknown-fields": true } } }],
    },
  };
}

const BOOTSTRAP = { "kubernetes.io/bootstrapping": "rbac-defaults" };

function clusterScope(c: TCtx): TObj[] {
  const objects: TObj[] = [];
  // Namespaces (teams' labels change over the weeks).
  objects.push(namespace("default", c.prod ? {} : psa("restricted", "restricted"), "2025-01-14T09:12:03Z"));
  objects.push(namespace("kube-system", {}, "2025-01-14T09:12:01Z"));
  objects.push(namespace("kube-public", {}, "2025-01-14T09:12:01Z"));
  objects.push(namespace("kube-node-lease", {}, "2025-01-14T09:12:01Z"));
  objects.push(namespace("payments", { team: "payments", "app.kubernetes.io/part-of": "payments-platform", ...psa("restricted", "restricted") }, "2025-02-03T10:40:00Z"));
  objects.push(namespace("web", {
    team: "web",
    ...(c.week >= 4 ? psa("baseline", "restricted") : c.week >= 2 ? psa(undefined, "baseline") : {}),
  }, "2025-02-03T10:41:00Z"));
  objects.push(namespace("data", {
    ...(c.week >= 2 ? { team: "data" } : {}),
    ...(c.week >= 4 ? psa("baseline", "restricted") : c.week >= 2 ? psa("privileged", "baseline") : {}),
  }, "2025-02-17T14:05:00Z"));
  objects.push(namespace("monitoring", { team: "platform", ...psa("privileged", "baseline") }, "2025-01-20T08:30:00Z"));
  if (!c.prod) objects.push(namespace("external-secrets", { team: "platform", ...psa("restricted", "restricted") }, "2025-06-02T09:00:00Z"));

  // Nodes: worker-2 lagged on an end-of-life kubelet until week 4.
  const current = "v1.35.2";
  objects.push(node(c.prod ? "cp-1" : "stg-cp-1", current, true, c.prod ? "10.20.0.10" : "10.30.0.10"));
  objects.push(node(c.prod ? "worker-1" : "stg-worker-1", current, false, c.prod ? "10.20.1.11" : "10.30.1.11"));
  objects.push(node(c.prod ? "worker-2" : "stg-worker-2", c.week >= 4 ? current : "v1.34.5", false, c.prod ? "10.20.1.12" : "10.30.1.12"));

  // CRDs: Trivy Operator from week 3 (and on staging); External Secrets on staging only.
  if (c.week >= 3) objects.push(crd("aquasecurity.github.io", "VulnerabilityReport", "vulnerabilityreports", "Namespaced", "v1alpha1"));
  if (!c.prod) {
    objects.push(crd("external-secrets.io", "ExternalSecret", "externalsecrets", "Namespaced", "v1"));
    objects.push(crd("external-secrets.io", "ClusterSecretStore", "clustersecretstores", "Cluster", "v1"));
  }

  // Bootstrap RBAC the cluster-level bindings below refer to.
  objects.push(clusterRole("cluster-admin", [rule(["*"], ["*"], ["*"]), { nonResourceURLs: ["*"], verbs: ["*"] }], BOOTSTRAP));
  objects.push(clusterRoleBinding("cluster-admin", "cluster-admin", [{ kind: "Group", name: "system:masters" }], BOOTSTRAP));
  objects.push(clusterRole("system:node-proxier", [
    rule([""], ["endpoints", "services"], ["list", "watch"]),
    rule([""], ["nodes"], ["get", "list", "watch"]),
    rule(["", "events.k8s.io"], ["events"], ["create", "patch", "update"]),
    rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch"]),
  ], BOOTSTRAP));
  objects.push(clusterRoleBinding("kubeadm:node-proxier", "system:node-proxier", [{ kind: "ServiceAccount", name: "kube-proxy", namespace: "kube-system" }]));
  objects.push(clusterRole("system:coredns", [
    rule([""], ["endpoints", "services", "pods", "namespaces"], ["list", "watch"]),
    rule(["discovery.k8s.io"], ["endpointslices"], ["list", "watch"]),
  ]));
  objects.push(clusterRoleBinding("system:coredns", "system:coredns", [{ kind: "ServiceAccount", name: "coredns", namespace: "kube-system" }]));
  if (c.prod) {
    objects.push(clusterRole("flannel", [
      rule([""], ["pods"], ["get"]),
      rule([""], ["nodes"], ["get", "list", "watch"]),
      rule([""], ["nodes/status"], ["patch"]),
    ]));
    objects.push(clusterRoleBinding("flannel", "flannel", [{ kind: "ServiceAccount", name: "flannel", namespace: "kube-system" }]));
  } else {
    objects.push(clusterRole("calico-node", [
      rule([""], ["pods", "nodes", "namespaces", "serviceaccounts", "endpoints", "services"], ["get", "list", "watch"]),
      rule([""], ["nodes/status"], ["patch", "update"]),
      rule(["networking.k8s.io"], ["networkpolicies"], ["get", "list", "watch"]),
      rule(["crd.projectcalico.org"], ["ippools", "ipamblocks", "blockaffinities", "felixconfigurations", "bgpconfigurations", "networkpolicies", "globalnetworkpolicies"], ["get", "list", "watch"]),
      rule(["crd.projectcalico.org"], ["ipamblocks", "blockaffinities", "ipamhandles"], ["create", "update", "delete"]),
    ]));
    objects.push(clusterRoleBinding("calico-node", "calico-node", [{ kind: "ServiceAccount", name: "calico-node", namespace: "kube-system" }]));
    objects.push(clusterRole("calico-kube-controllers", [
      rule([""], ["nodes", "pods", "namespaces", "serviceaccounts"], ["get", "list", "watch"]),
      rule(["crd.projectcalico.org"], ["ipamblocks", "ipamhandles", "blockaffinities", "kubecontrollersconfigurations", "clusterinformations"], ["get", "list", "watch", "create", "update", "delete"]),
    ]));
    objects.push(clusterRoleBinding("calico-kube-controllers", "calico-kube-controllers", [{ kind: "ServiceAccount", name: "calico-kube-controllers", namespace: "kube-system" }]));
  }

  // Monitoring: Prometheus scrapes kubelets through nodes/proxy on prod (an old chart's rule).
  objects.push(clusterRole("prometheus", [
    rule([""], c.prod ? ["nodes", "nodes/metrics", "nodes/proxy", "services", "endpoints", "pods"] : ["nodes", "nodes/metrics", "services", "endpoints", "pods"], ["get", "list", "watch"]),
    rule(["discovery.k8s.io"], ["endpointslices"], ["get", "list", "watch"]),
    rule(["networking.k8s.io"], ["ingresses"], ["get", "list", "watch"]),
    { nonResourceURLs: ["/metrics", "/metrics/cadvisor"], verbs: ["get"] },
  ]));
  objects.push(clusterRoleBinding("prometheus", "prometheus", [{ kind: "ServiceAccount", name: "prometheus", namespace: "monitoring" }]));
  objects.push(clusterRole("promtail", [rule([""], ["nodes", "services", "endpoints", "pods"], ["get", "list", "watch"])]));
  objects.push(clusterRoleBinding("promtail", "promtail", [{ kind: "ServiceAccount", name: "promtail", namespace: "monitoring" }]));

  if (c.week >= 3) {
    // Trivy Operator reads image pull secrets: installing the scanner adds a Secret reader.
    objects.push(clusterRole("trivy-operator", [
      rule([""], ["pods", "pods/log", "replicationcontrollers", "services", "namespaces", "nodes", "configmaps", "serviceaccounts", "limitranges", "resourcequotas"], ["get", "list", "watch"]),
      rule([""], ["secrets"], ["get"]),
      rule(["apps"], ["replicasets", "statefulsets", "daemonsets", "deployments"], ["get", "list", "watch"]),
      rule(["batch"], ["jobs", "cronjobs"], ["get", "list", "watch"]),
      rule(["batch"], ["jobs"], ["create", "delete"]),
      rule(["aquasecurity.github.io"], ["vulnerabilityreports", "configauditreports", "exposedsecretreports", "sbomreports"], ["get", "list", "watch", "create", "update", "delete"]),
    ]));
    objects.push(clusterRoleBinding("trivy-operator", "trivy-operator", [{ kind: "ServiceAccount", name: "trivy-operator", namespace: "monitoring" }]));
  }

  // CI: bound to cluster-admin until week 3, then a narrow deployer role per team namespace.
  if (c.prod && c.week <= 2) {
    objects.push(clusterRoleBinding("ci-deployer-cluster-admin", "cluster-admin", [{ kind: "ServiceAccount", name: "ci-deployer", namespace: "default" }]));
  }
  if (c.week >= 3) {
    objects.push(clusterRole("acme:deployer", [
      rule(["apps"], ["deployments", "statefulsets"], ["get", "list", "watch", "create", "update", "patch"]),
      rule(["batch"], ["cronjobs"], ["get", "list", "watch", "create", "update", "patch"]),
      rule([""], ["services", "configmaps", "serviceaccounts"], ["get", "list", "watch", "create", "update", "patch"]),
      rule(["networking.k8s.io"], ["ingresses", "networkpolicies"], ["get", "list", "watch", "create", "update", "patch"]),
    ]));
  }
  return objects;
}

function scanSettings(c: TCtx): TObj {
  const allowlist = [ACME, "registry.k8s.io", "quay.io/prometheus", "ghcr.io/aquasecurity"];
  if (c.prod) allowlist.push("ghcr.io/flannel-io");
  else allowlist.push("quay.io/calico", "ghcr.io/external-secrets");
  return {
    apiVersion: "ramparts.io/v1alpha1",
    kind: "ScanSettings",
    metadata: { name: "acme-registries" },
    spec: { registryAllowlist: allowlist },
  };
}

// ---------------------------------------------------------------------------------------------
// kube-system

function apiServerPod(c: TCtx): TObj {
  const ip = c.prod ? "10.20.0.10" : "10.30.0.10";
  const nodeName = c.prod ? "cp-1" : "stg-cp-1";
  const flags = [
    "kube-apiserver",
    `--advertise-address=${ip}`,
    "--allow-privileged=true",
    ...(c.prod ? [] : ["--anonymous-auth=false"]),
    "--authorization-mode=Node,RBAC",
    "--client-ca-file=/etc/kubernetes/pki/ca.crt",
    "--enable-admission-plugins=NodeRestriction",
    "--enable-bootstrap-token-auth=true",
    ...(c.prod ? [] : ["--encryption-provider-config=/etc/kubernetes/enc/encryption-config.yaml"]),
    "--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt",
    "--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt",
    "--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key",
    "--etcd-servers=https://127.0.0.1:2379",
    "--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt",
    "--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key",
    "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
    c.week >= 3 ? "--profiling=false" : "--profiling=true",
    ...(c.week >= 3 ? [
      "--audit-policy-file=/etc/kubernetes/audit/audit-policy.yaml",
      "--audit-log-path=/var/log/kubernetes/audit/audit.log",
      "--audit-log-maxage=30",
      "--audit-log-maxbackup=10",
      "--audit-log-maxsize=100",
    ] : []),
    "--proxy-client-cert-file=/etc/kubernetes/pki/front-proxy-client.crt",
    "--proxy-client-key-file=/etc/kubernetes/pki/front-proxy-client.key",
    "--requestheader-allowed-names=front-proxy-client",
    "--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt",
    "--requestheader-extra-headers-prefix=X-Remote-Extra-",
    "--requestheader-group-headers=X-Remote-Group",
    "--requestheader-username-headers=X-Remote-User",
    "--secure-port=6443",
    "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
    "--service-account-key-file=/etc/kubernetes/pki/sa.pub",
    "--service-account-signing-key-file=/etc/kubernetes/pki/sa.key",
    "--service-cluster-ip-range=10.96.0.0/12",
    "--tls-cert-file=/etc/kubernetes/pki/apiserver.crt",
    "--tls-private-key-file=/etc/kubernetes/pki/apiserver.key",
  ];
  const hostPaths: [string, string, boolean][] = [
    ["ca-certs", "/etc/ssl/certs", true],
    ["etc-ca-certificates", "/etc/ca-certificates", true],
    ["k8s-certs", "/etc/kubernetes/pki", true],
    ["usr-share-ca-certificates", "/usr/share/ca-certificates", true],
  ];
  if (c.week >= 3) hostPaths.push(["audit-policy", "/etc/kubernetes/audit", true], ["audit-log", "/var/log/kubernetes/audit", false]);
  if (!c.prod) hostPaths.push(["encryption-config", "/etc/kubernetes/enc", true]);
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: `kube-apiserver-${nodeName}`,
      namespace: "kube-system",
      labels: { component: "kube-apiserver", tier: "control-plane" },
      annotations: {
        "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint": `${ip}:6443`,
        "kubernetes.io/config.source": "file",
        "kubernetes.io/config.mirror": createHash("sha256").update(flags.join(" ")).digest("hex").slice(0, 32),
      },
      ownerReferences: [{ apiVersion: "v1", kind: "Node", name: nodeName, controller: true, uid: uuidFor(`Node/${nodeName}`) }],
    },
    spec: {
      nodeName,
      hostNetwork: true,
      priority: 2000001000,
      priorityClassName: "system-node-critical",
      securityContext: { seccompProfile: { type: "RuntimeDefault" } },
      containers: [{
        name: "kube-apiserver",
        image: "registry.k8s.io/kube-apiserver:v1.35.2",
        imagePullPolicy: "IfNotPresent",
        command: flags,
        resources: { requests: { cpu: "250m" } },
        livenessProbe: { httpGet: { host: ip, path: "/livez", port: 6443, scheme: "HTTPS" }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 8 },
        readinessProbe: { httpGet: { host: ip, path: "/readyz", port: 6443, scheme: "HTTPS" }, periodSeconds: 1, failureThreshold: 3 },
        volumeMounts: hostPaths.map(([name, path, readOnly]) => ({ name, mountPath: path, readOnly })),
      }],
      volumes: hostPaths.map(([name, path]) => ({ name, hostPath: { path, type: "DirectoryOrCreate" } })),
    },
    status: { phase: "Running", podIP: ip, hostIP: ip },
  };
}

const NODE_AGENT_EXEMPTIONS = [
  "privileged-container", "host-network", "host-path-volume", "restricted-volume-types", "allow-privilege-escalation",
  "dangerous-capabilities", "added-capabilities", "pod-user-namespace-unused",
];

function kubeSystem(c: TCtx): TObj[] {
  const objects: TObj[] = [apiServerPod(c)];
  const agentsWaived = c.week >= 2;
  const nodeAgentTolerations = [{ operator: "Exists" }];

  // kube-proxy
  objects.push(daemonSet("kube-system", "kube-proxy", { "k8s-app": "kube-proxy" }, { "k8s-app": "kube-proxy" }, {
    priorityClassName: "system-node-critical",
    serviceAccountName: "kube-proxy",
    hostNetwork: true,
    nodeSelector: { "kubernetes.io/os": "linux" },
    tolerations: nodeAgentTolerations,
    containers: [{
      name: "kube-proxy",
      image: "registry.k8s.io/kube-proxy:v1.35.2",
      imagePullPolicy: "IfNotPresent",
      command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
      env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }],
      securityContext: { privileged: true },
      volumeMounts: [
        { name: "kube-proxy", mountPath: "/var/lib/kube-proxy" },
        { name: "xtables-lock", mountPath: "/run/xtables.lock" },
        { name: "lib-modules", mountPath: "/lib/modules", readOnly: true },
      ],
    }],
    volumes: [
      { name: "kube-proxy", configMap: { name: "kube-proxy" } },
      { name: "xtables-lock", hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" } },
      { name: "lib-modules", hostPath: { path: "/lib/modules" } },
    ],
  }, agentsWaived ? exemption(NODE_AGENT_EXEMPTIONS, "Node networking agent: kube-proxy programs iptables on every node, which needs the host network and privileges. Reviewed by platform-security, PLAT-2291.") : undefined));
  objects.push(configMap("kube-system", "kube-proxy", {
    "config.conf": [
      "apiVersion: kubeproxy.config.k8s.io/v1alpha1",
      "kind: KubeProxyConfiguration",
      "bindAddress: 0.0.0.0",
      `clusterCIDR: ${c.prod ? "10.244.0.0/16" : "192.168.0.0/16"}`,
      "mode: iptables",
      "metricsBindAddress: 0.0.0.0:10249",
      "clientConnection:",
      "  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf",
      "",
    ].join("\n"),
    "kubeconfig.conf": [
      "apiVersion: v1",
      "kind: Config",
      "clusters:",
      "- cluster:",
      "    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt",
      `    server: https://${c.prod ? "10.20.0.10" : "10.30.0.10"}:6443`,
      "  name: default",
      "contexts:",
      "- context:",
      "    cluster: default",
      "    namespace: default",
      "    user: default",
      "  name: default",
      "current-context: default",
      "users:",
      "- name: default",
      "  user:",
      "    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token",
      "",
    ].join("\n"),
  }, { app: "kube-proxy" }));
  objects.push(serviceAccount("kube-system", "kube-proxy"));

  // CNI: flannel on prod (routes only, enforces no NetworkPolicy), Calico on staging.
  if (c.prod) {
    objects.push(daemonSet("kube-system", "kube-flannel-ds", { app: "flannel", "k8s-app": "flannel", tier: "node" }, { app: "flannel" }, {
      priorityClassName: "system-node-critical",
      serviceAccountName: "flannel",
      hostNetwork: true,
      tolerations: [{ operator: "Exists", effect: "NoSchedule" }],
      initContainers: [
        {
          name: "install-cni-plugin",
          image: "ghcr.io/flannel-io/flannel-cni-plugin:v1.6.2-flannel1",
          command: ["cp"],
          args: ["-f", "/flannel", "/opt/cni/bin/flannel"],
          volumeMounts: [{ name: "cni-plugin", mountPath: "/opt/cni/bin" }],
        },
        {
          name: "install-cni",
          image: "ghcr.io/flannel-io/flannel:v0.26.4",
          command: ["cp"],
          args: ["-f", "/etc/kube-flannel/cni-conf.json", "/etc/cni/net.d/10-flannel.conflist"],
          volumeMounts: [{ name: "cni", mountPath: "/etc/cni/net.d" }, { name: "flannel-cfg", mountPath: "/etc/kube-flannel/" }],
        },
      ],
      containers: [{
        name: "kube-flannel",
        image: "ghcr.io/flannel-io/flannel:v0.26.4",
        command: ["/opt/bin/flanneld"],
        args: ["--ip-masq", "--kube-subnet-mgr"],
        resources: { requests: { cpu: "100m", memory: "50Mi" } },
        securityContext: { privileged: false, capabilities: { add: ["NET_ADMIN", "NET_RAW"] } },
        env: [
          { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
          { name: "POD_NAMESPACE", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } },
          { name: "EVENT_QUEUE_DEPTH", value: "5000" },
        ],
        volumeMounts: [
          { name: "run", mountPath: "/run/flannel" },
          { name: "flannel-cfg", mountPath: "/etc/kube-flannel/" },
          { name: "xtables-lock", mountPath: "/run/xtables.lock" },
        ],
      }],
      volumes: [
        { name: "run", hostPath: { path: "/run/flannel" } },
        { name: "cni-plugin", hostPath: { path: "/opt/cni/bin" } },
        { name: "cni", hostPath: { path: "/etc/cni/net.d" } },
        { name: "flannel-cfg", configMap: { name: "kube-flannel-cfg" } },
        { name: "xtables-lock", hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" } },
      ],
    }, agentsWaived ? exemption(NODE_AGENT_EXEMPTIONS, "CNI agent: flannel sets up the node's network (vxlan, routes, iptables) and installs the CNI plugin on the host. Reviewed by platform-security, PLAT-2291.") : undefined));
    objects.push(configMap("kube-system", "kube-flannel-cfg", {
      "cni-conf.json": JSON.stringify({
        name: "cbr0",
        cniVersion: "0.3.1",
        plugins: [{ type: "flannel", delegate: { hairpinMode: true, isDefaultGateway: true } }, { type: "portmap", capabilities: { portMappings: true } }],
      }, null, 2),
      "net-conf.json": JSON.stringify({ Network: "10.244.0.0/16", EnableNFTables: false, Backend: { Type: "vxlan" } }, null, 2),
    }, { app: "flannel", tier: "node" }));
    objects.push(serviceAccount("kube-system", "flannel"));
  } else {
    objects.push(daemonSet("kube-system", "calico-node", { "k8s-app": "calico-node" }, { "k8s-app": "calico-node" }, {
      priorityClassName: "system-node-critical",
      serviceAccountName: "calico-node",
      hostNetwork: true,
      nodeSelector: { "kubernetes.io/os": "linux" },
      tolerations: nodeAgentTolerations,
      terminationGracePeriodSeconds: 0,
      initContainers: [{
        name: "install-cni",
        image: "quay.io/calico/cni:v3.29.1",
        command: ["/opt/cni/bin/install"],
        securityContext: { privileged: true },
        volumeMounts: [{ name: "cni-bin-dir", mountPath: "/host/opt/cni/bin" }, { name: "cni-net-dir", mountPath: "/host/etc/cni/net.d" }],
      }],
      containers: [{
        name: "calico-node",
        image: "quay.io/calico/node:v3.29.1",
        env: [
          { name: "DATASTORE_TYPE", value: "kubernetes" },
          { name: "CALICO_NETWORKING_BACKEND", value: "bird" },
          { name: "CALICO_IPV4POOL_CIDR", value: "192.168.0.0/16" },
          { name: "FELIX_DEFAULTENDPOINTTOHOSTACTION", value: "ACCEPT" },
          { name: "NODENAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
        ],
        resources: { requests: { cpu: "250m", memory: "256Mi" }, limits: { memory: "1Gi" } },
        securityContext: { privileged: true },
        livenessProbe: { exec: { command: ["/bin/calico-node", "-felix-live", "-bird-live"] }, periodSeconds: 10 },
        volumeMounts: [
          { name: "lib-modules", mountPath: "/lib/modules", readOnly: true },
          { name: "xtables-lock", mountPath: "/run/xtables.lock" },
          { name: "var-run-calico", mountPath: "/var/run/calico" },
          { name: "var-lib-calico", mountPath: "/var/lib/calico" },
        ],
      }],
      volumes: [
        { name: "lib-modules", hostPath: { path: "/lib/modules" } },
        { name: "xtables-lock", hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" } },
        { name: "var-run-calico", hostPath: { path: "/var/run/calico", type: "DirectoryOrCreate" } },
        { name: "var-lib-calico", hostPath: { path: "/var/lib/calico", type: "DirectoryOrCreate" } },
        { name: "cni-bin-dir", hostPath: { path: "/opt/cni/bin", type: "DirectoryOrCreate" } },
        { name: "cni-net-dir", hostPath: { path: "/etc/cni/net.d" } },
      ],
    }, exemption(NODE_AGENT_EXEMPTIONS, "CNI agent: calico-node programs routes, iptables and BGP on every node and installs the CNI plugin on the host. Reviewed by platform-security, PLAT-2291.")));
    objects.push(deployment("kube-system", "calico-kube-controllers", { "k8s-app": "calico-kube-controllers", "app.kubernetes.io/name": "calico-kube-controllers" }, {
      priorityClassName: "system-cluster-critical",
      serviceAccountName: "calico-kube-controllers",
      nodeSelector: { "kubernetes.io/os": "linux" },
      securityContext: podRestricted(999),
      containers: [{
        name: "calico-kube-controllers",
        image: pinned("quay.io/calico/kube-controllers:v3.29.1"),
        env: [{ name: "ENABLED_CONTROLLERS", value: "node,loadbalancer" }, { name: "DATASTORE_TYPE", value: "kubernetes" }],
        resources: resources("50m", "64Mi", "256Mi"),
        securityContext: CONTAINER_RESTRICTED,
        livenessProbe: { exec: { command: ["/usr/bin/check-status", "-l"] }, periodSeconds: 10 },
      }],
    }, { replicas: 1 }));
    objects.push(serviceAccount("kube-system", "calico-node"));
    objects.push(serviceAccount("kube-system", "calico-kube-controllers"));
  }

  // CoreDNS
  objects.push(deployment("kube-system", "coredns", { "k8s-app": "kube-dns" }, {
    priorityClassName: "system-cluster-critical",
    serviceAccountName: "coredns",
    nodeSelector: { "kubernetes.io/os": "linux" },
    tolerations: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }],
    securityContext: { seccompProfile: { type: "RuntimeDefault" } },
    containers: [{
      name: "coredns",
      image: "registry.k8s.io/coredns/coredns:v1.12.1",
      imagePullPolicy: "IfNotPresent",
      args: ["-conf", "/etc/coredns/Corefile"],
      resources: { requests: { cpu: "100m", memory: "70Mi" }, limits: { memory: "170Mi" } },
      ports: [
        { name: "dns", containerPort: 53, protocol: "UDP" },
        { name: "dns-tcp", containerPort: 53, protocol: "TCP" },
        { name: "metrics", containerPort: 9153, protocol: "TCP" },
      ],
      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] } },
      livenessProbe: httpProbe("/health", 8080, { initialDelaySeconds: 60 }),
      readinessProbe: httpProbe("/ready", 8181),
      volumeMounts: [{ name: "config-volume", mountPath: "/etc/coredns", readOnly: true }],
    }],
    volumes: [{ name: "config-volume", configMap: { name: "coredns", items: [{ key: "Corefile", path: "Corefile" }] } }],
  }, { replicas: 2, selector: { "k8s-app": "kube-dns" } }));
  objects.push(configMap("kube-system", "coredns", {
    Corefile: [
      ".:53 {",
      "    errors",
      "    health {",
      "       lameduck 5s",
      "    }",
      "    ready",
      "    kubernetes cluster.local in-addr.arpa ip6.arpa {",
      "       pods insecure",
      "       fallthrough in-addr.arpa ip6.arpa",
      "       ttl 30",
      "    }",
      "    prometheus :9153",
      "    forward . /etc/resolv.conf {",
      "       max_concurrent 1000",
      "    }",
      "    cache 30",
      "    loop",
      "    reload",
      "    loadbalance",
      "}",
      "",
    ].join("\n"),
  }));
  objects.push(serviceAccount("kube-system", "coredns"));
  objects.push({
    apiVersion: "v1",
    kind: "Service",
    metadata: meta("kube-dns", "kube-system", { labels: { "k8s-app": "kube-dns", "kubernetes.io/name": "CoreDNS" }, annotations: { "prometheus.io/port": "9153", "prometheus.io/scrape": "true" } }),
    spec: {
      selector: { "k8s-app": "kube-dns" },
      clusterIP: "10.96.0.10",
      ports: [
        { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
        { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
        { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 },
      ],
    },
  });
  objects.push(serviceAccount("kube-system", "default"));
  return objects;
}

// ---------------------------------------------------------------------------------------------
// default namespace

function defaultNamespace(c: TCtx): TObj[] {
  const objects: TObj[] = [serviceAccount("default", "default", c.prod ? undefined : false)];
  if (c.prod && c.week === 1) {
    // Left behind after a load-balancer test in the summer; nobody owns it.
    objects.push(deployment("default", "hello-nginx", { app: "hello-nginx" }, {
      containers: [{ name: "hello", image: "nginxdemos/hello:latest", ports: [{ containerPort: 80 }] }],
    }, { replicas: 1, selector: { app: "hello-nginx" } }));
  }
  if (c.prod) {
    // The CI pipeline's identity: a long-lived token Secret until week 3, then short-lived tokens.
    objects.push(serviceAccount("default", "ci-deployer", undefined, { "app.kubernetes.io/managed-by": "gitlab-ci" }));
    if (c.week <= 2) {
      objects.push(secret("default", "ci-deployer-token", ["token", "ca.crt", "namespace"], {
        type: "kubernetes.io/service-account-token",
        created: "2025-03-11T16:22:40Z",
        annotations: { "kubernetes.io/service-account.name": "ci-deployer" },
      }));
    }
  }
  return objects;
}

// ---------------------------------------------------------------------------------------------
// payments: the hardened team (with one literal password in week 1)

function payments(c: TCtx): TObj[] {
  const ns = "payments";
  const objects: TObj[] = [];
  const apiImage = pinned(`${ACME}/payments/payments-api:2.14.3`);
  const ledgerImage = pinned(`${ACME}/payments/ledger-worker:1.22.0`);
  const reportImage = c.week >= 4 ? pinned(`${ACME}/payments/settlement-report:1.8.1`) : `${ACME}/payments/settlement-report:1.8.0`;
  const userNamespaces = c.week >= 4 ? { hostUsers: false } : {};

  // How the database password reaches the app: literal (week 1), env from a Secret (week 2), a file (week 3+).
  const dbEnv: TObj[] = [
    { name: "DB_HOST", value: "postgres.data.svc.cluster.local" },
    { name: "DB_NAME", value: "payments" },
    { name: "DB_USER", value: "payments_app" },
  ];
  if (c.week === 1) dbEnv.push({ name: "DB_PASSWORD", value: "demo-only-not-a-real-password" });
  else if (c.week === 2) dbEnv.push({ name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "payments-db", key: "password" } } });
  else dbEnv.push({ name: "DB_PASSWORD_FILE", value: "/var/run/secrets/payments-db/password" });
  const stripeEnv: TObj[] = c.week >= 3
    ? [{ name: "STRIPE_API_KEY_FILE", value: "/var/run/secrets/stripe-api/api-key" }]
    : [{ name: "STRIPE_API_KEY", valueFrom: { secretKeyRef: { name: "stripe-api", key: "api-key" } } }];
  const secretVolumes = (names: string[]): { volumes: TObj[]; mounts: TObj[] } =>
    c.week >= 3
      ? {
        volumes: names.map((name) => ({ name, secret: { secretName: name, defaultMode: 0o440 } })),
        mounts: names.map((name) => ({ name, mountPath: `/var/run/secrets/${name}`, readOnly: true })),
      }
      : { volumes: [], mounts: [] };

  const apiSecrets = secretVolumes(["payments-db", "stripe-api"]);
  objects.push(deployment(ns, "payments-api", appLabels("payments-api", "payments", "payments", { "app.kubernetes.io/component": "api" }), {
    serviceAccountName: "payments-api",
    automountServiceAccountToken: false,
    ...userNamespaces,
    securityContext: podRestricted(10001),
    containers: [{
      name: "api",
      image: apiImage,
      imagePullPolicy: "IfNotPresent",
      ports: [{ name: "http", containerPort: 8080 }],
      env: [...dbEnv, ...stripeEnv, { name: "JAVA_TOOL_OPTIONS", value: "-XX:MaxRAMPercentage=75" }],
      envFrom: [{ configMapRef: { name: "payments-api-config" } }],
      resources: resources("250m", "512Mi", "768Mi", "1"),
      securityContext: CONTAINER_RESTRICTED,
      livenessProbe: httpProbe("/healthz", "http"),
      readinessProbe: httpProbe("/readyz", "http"),
      volumeMounts: [{ name: "tmp", mountPath: "/tmp" }, ...apiSecrets.mounts],
    }],
    volumes: [tmpVolume(), ...apiSecrets.volumes],
  }, { replicas: 3 }));

  const ledgerSecrets = secretVolumes(["payments-db"]);
  objects.push(deployment(ns, "ledger-worker", appLabels("ledger-worker", "payments", "payments", { "app.kubernetes.io/component": "worker" }), {
    serviceAccountName: "ledger-worker",
    ...userNamespaces,
    securityContext: podRestricted(10001),
    containers: [{
      name: "worker",
      image: ledgerImage,
      imagePullPolicy: "IfNotPresent",
      env: [...dbEnv.filter((entry) => entry.name !== "DB_USER"), { name: "DB_USER", value: "ledger" }, { name: "LEADER_ELECTION_NAMESPACE", value: ns }],
      resources: resources("100m", "256Mi", "512Mi"),
      securityContext: CONTAINER_RESTRICTED,
      volumeMounts: [{ name: "tmp", mountPath: "/tmp" }, ...ledgerSecrets.mounts],
    }],
    volumes: [tmpVolume(), ...ledgerSecrets.volumes],
  }, { replicas: 2 }));

  objects.push(cronJob(ns, "settlement-report", appLabels("settlement-report", "payments", "payments"), "15 2 * * *", {
    serviceAccountName: "settlement-report",
    automountServiceAccountToken: false,
    securityContext: podRestricted(10001),
    containers: [{
      name: "report",
      image: reportImage,
      imagePullPolicy: "IfNotPresent",
      args: ["--date=yesterday", "--output=s3://acme-demo-settlements/"],
      resources: resources("200m", "256Mi", "512Mi"),
      securityContext: CONTAINER_RESTRICTED,
      volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
    }],
    volumes: [tmpVolume()],
  }));

  objects.push(service(ns, "payments-api", { "app.kubernetes.io/name": "payments-api" }, [{ name: "http", port: 80, targetPort: "http" }]));
  objects.push(ingress(ns, "payments-api", `pay.${c.domain}`, "payments-api", 80, "payments-tls"));
  objects.push(configMap(ns, "payments-api-config", {
    LOG_LEVEL: "info",
    SPRING_PROFILES_ACTIVE: c.prod ? "production" : "staging",
    PAYMENTS_CURRENCY_DEFAULT: "EUR",
    FEATURE_3DS2: "true",
    "application.yaml": [
      "server:",
      "  port: 8080",
      "spring:",
      "  datasource:",
      "    url: jdbc:postgresql://postgres.data.svc.cluster.local:5432/payments",
      "    hikari:",
      "      maximum-pool-size: 10",
      "management:",
      "  endpoints:",
      "    web:",
      "      exposure:",
      "        include: health,prometheus",
      "",
    ].join("\n"),
  }));
  objects.push(secret(ns, "payments-db", ["username", "password"], { created: "2026-08-12T09:30:00Z" }));
  objects.push(secret(ns, "stripe-api", ["api-key", "webhook-signing-key"], { created: "2026-06-30T13:05:00Z" }));
  objects.push(secret(ns, "payments-tls", ["tls.crt", "tls.key"], { type: "kubernetes.io/tls", created: "2026-09-28T02:00:00Z" }));
  objects.push(serviceAccount(ns, "default", false));
  objects.push(serviceAccount(ns, "payments-api", false));
  objects.push(serviceAccount(ns, "ledger-worker"));
  objects.push(serviceAccount(ns, "settlement-report", false));
  objects.push(role(ns, "ledger-leader-election", [rule(["coordination.k8s.io"], ["leases"], ["get", "create", "update"])]));
  objects.push(roleBinding(ns, "ledger-leader-election", { kind: "Role", name: "ledger-leader-election" }, [{ kind: "ServiceAccount", name: "ledger-worker", namespace: ns }]));
  objects.push(role(ns, "payments-oncall", [
    rule([""], ["pods", "pods/log", "events"], ["get", "list", "watch"]),
    rule(["apps"], ["deployments", "replicasets"], ["get", "list", "watch"]),
  ]));
  objects.push(roleBinding(ns, "payments-oncall", { kind: "Role", name: "payments-oncall" }, [{ kind: "Group", name: "acme:payments-oncall" }]));
  if (c.week >= 3) {
    objects.push(roleBinding(ns, "ci-deployer", { kind: "ClusterRole", name: "acme:deployer" }, [{ kind: "ServiceAccount", name: "ci-deployer", namespace: "default" }]));
  }

  // NetworkPolicies: an allow rule from week 1, the namespace default deny from week 2.
  objects.push(networkPolicy(ns, "payments-api-from-web", {
    podSelector: { matchLabels: { "app.kubernetes.io/name": "payments-api" } },
    policyTypes: ["Ingress"],
    ingress: [
      {
        from: [
          { namespaceSelector: { matchLabels: { team: "web" } }, podSelector: { matchLabels: { "app.kubernetes.io/name": "storefront" } } },
          { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } },
        ],
        ports: [{ protocol: "TCP", port: 8080 }],
      },
    ],
  }));
  if (c.week >= 2) {
    objects.push(defaultDeny(ns));
    objects.push(networkPolicy(ns, "payments-egress-to-postgres", {
      podSelector: { matchLabels: { "app.kubernetes.io/part-of": "payments" } },
      policyTypes: ["Egress"],
      egress: [{
        to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "data" } }, podSelector: { matchLabels: { "app.kubernetes.io/name": "postgres" } } }],
        ports: [{ protocol: "TCP", port: 5432 }],
      }],
    }));
    objects.push(networkPolicy(ns, "payments-api-egress-to-stripe", {
      podSelector: { matchLabels: { "app.kubernetes.io/name": "payments-api" } },
      policyTypes: ["Egress"],
      egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["10.0.0.0/8", "169.254.169.254/32"] } }], ports: [{ protocol: "TCP", port: 443 }] }],
    }));
  }
  objects.push(limitRange(ns, "payments-limits", { cpu: "100m", memory: "128Mi", memoryLimit: "512Mi", maxMemory: "2Gi" }));
  objects.push(resourceQuota(ns, "payments-quota", { pods: "40", "requests.cpu": "8", "requests.memory": "16Gi", "limits.memory": "24Gi" }));
  return objects;
}

// ---------------------------------------------------------------------------------------------
// web: the team that ships fast, fixing things week by week

function web(c: TCtx): TObj[] {
  const ns = "web";
  const objects: TObj[] = [];
  const storefrontImage = c.week >= 4 ? pinned(`${ACME}/web/storefront:4.2.1`) : c.week >= 2 ? `${ACME}/web/storefront:4.2.0` : `${ACME}/web/storefront:latest`;
  const storefrontPod: TObj = {
    ...(c.week >= 4 ? { serviceAccountName: "storefront" } : {}),
    ...(c.week >= 2 ? { securityContext: podRestricted(1000) } : {}),
    containers: [{
      name: "storefront",
      image: storefrontImage,
      imagePullPolicy: c.week >= 2 ? "IfNotPresent" : "Always",
      ports: [{ name: "http", containerPort: 3000 }],
      env: [
        { name: "NODE_ENV", value: "production" },
        { name: "PAYMENTS_API_URL", value: "http://payments-api.payments.svc.cluster.local" },
        { name: "SESSION_SECRET", valueFrom: { secretKeyRef: { name: "storefront-session", key: "session-secret" } } },
        ...(c.week >= 2 ? [{ name: "SMTP_PASSWORD", valueFrom: { secretKeyRef: { name: "storefront-smtp", key: "smtp-password" } } }] : []),
      ],
      envFrom: [{ configMapRef: { name: "storefront-config" } }],
      ...(c.week >= 3 ? { resources: resources("200m", "256Mi", "512Mi") } : c.week >= 2 ? { resources: { requests: { cpu: "200m", memory: "256Mi" } } } : {}),
      ...(c.week >= 4 ? { securityContext: CONTAINER_RESTRICTED } : c.week >= 3 ? { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } } } : {}),
      livenessProbe: httpProbe("/api/health", "http"),
      readinessProbe: httpProbe("/api/ready", "http"),
      ...(c.week >= 4 ? { volumeMounts: [{ name: "tmp", mountPath: "/tmp" }, { name: "next-cache", mountPath: "/app/.next/cache" }] } : {}),
    }],
    ...(c.week >= 4 ? { volumes: [tmpVolume(), { name: "next-cache", emptyDir: { sizeLimit: "256Mi" } }] } : {}),
  };
  objects.push(deployment(ns, "storefront", appLabels("storefront", "webshop", "web"), storefrontPod, { replicas: 4 }));

  // The reverse proxy: nginx:latest from Docker Hub, then a pinned tag, then the unprivileged mirror.
  const proxyImage = c.week >= 3 ? `${ACME}/mirror/nginx-unprivileged:1.27.3-alpine` : c.week >= 2 ? "nginx:1.27.3" : "nginx:latest";
  const proxyPort = c.week >= 3 ? 8080 : 80;
  objects.push(deployment(ns, "web-proxy", appLabels("web-proxy", "webshop", "web", { "app.kubernetes.io/component": "proxy" }), {
    ...(c.week >= 4 ? { securityContext: podRestricted(101) } : c.week >= 3 ? { securityContext: { runAsNonRoot: true, runAsUser: 101, runAsGroup: 101 } } : {}),
    containers: [{
      name: "nginx",
      image: proxyImage,
      ports: [{ name: "http", containerPort: proxyPort }],
      ...(c.week >= 3 ? { resources: resources("100m", "64Mi", "128Mi") } : {}),
      ...(c.week >= 4 ? { securityContext: CONTAINER_RESTRICTED } : c.week >= 3 ? { securityContext: { allowPrivilegeEscalation: false } } : {}),
      readinessProbe: httpProbe("/healthz", "http"),
      volumeMounts: [
        { name: "config", mountPath: "/etc/nginx/conf.d", readOnly: true },
        ...(c.week >= 4 ? [{ name: "tmp", mountPath: "/tmp" }] : []),
      ],
    }],
    volumes: [{ name: "config", configMap: { name: "web-proxy-config" } }, ...(c.week >= 4 ? [tmpVolume()] : [])],
  }, { replicas: 2 }));

  objects.push(cronJob(ns, "sitemap-generator", appLabels("sitemap-generator", "webshop", "web"), "30 3 * * *", {
    ...(c.week >= 4 ? { securityContext: podRestricted(1000), automountServiceAccountToken: false } : {}),
    containers: [{
      name: "sitemap",
      image: c.week >= 4 ? `${ACME}/web/sitemap-generator:0.9.4` : `${ACME}/web/sitemap-generator:latest`,
      args: ["--base-url", `https://www.${c.domain}`, "--out", "s3://acme-demo-sitemaps/"],
      ...(c.week >= 4 ? { resources: resources("100m", "128Mi", "256Mi"), securityContext: CONTAINER_RESTRICTED } : {}),
    }],
  }));

  if (c.prod && c.week === 3) {
    // Regression: someone debugging a latency issue left this running with the node's PID namespace.
    objects.push({
      apiVersion: "v1",
      kind: "Pod",
      metadata: meta("debug-netshoot", ns, { labels: { run: "debug-netshoot" } }),
      spec: {
        hostPID: true,
        containers: [{
          name: "debug-netshoot",
          image: "nicolaka/netshoot:latest",
          command: ["sleep", "infinity"],
          stdin: true,
          tty: true,
          securityContext: { capabilities: { add: ["SYS_PTRACE", "NET_ADMIN"] } },
        }],
        restartPolicy: "Never",
        nodeName: "worker-1",
      },
      status: { phase: "Running" },
    });
  }

  objects.push(service(ns, "storefront", { "app.kubernetes.io/name": "storefront" }, [{ name: "http", port: 80, targetPort: "http" }]));
  objects.push(service(ns, "web-proxy", { "app.kubernetes.io/name": "web-proxy" }, [{ name: "http", port: 80, targetPort: "http" }]));
  objects.push(ingress(ns, "www", `www.${c.domain}`, "web-proxy", 80, "web-tls"));
  const storefrontConfig: Record<string, string> = {
    NEXT_PUBLIC_CDN_URL: `https://cdn.${c.domain}`,
    SMTP_HOST: "smtp.mail.acme.example",
    SMTP_PORT: "587",
    SMTP_USER: "no-reply@acme.example",
    SESSION_TTL_SECONDS: "3600",
  };
  if (c.week === 1) storefrontConfig.SMTP_PASSWORD = "demo-only-smtp-password";
  objects.push(configMap(ns, "storefront-config", storefrontConfig));
  objects.push(configMap(ns, "web-proxy-config", {
    "default.conf": [
      "server {",
      `    listen ${proxyPort};`,
      "    location /healthz { return 200 'ok'; }",
      "    location / {",
      "        proxy_pass http://storefront.web.svc.cluster.local;",
      "        proxy_set_header Host $host;",
      "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
      "    }",
      "}",
      "",
    ].join("\n"),
  }));
  objects.push(secret(ns, "storefront-session", ["session-secret"], { created: "2026-04-02T11:00:00Z" }));
  if (c.week >= 2) objects.push(secret(ns, "storefront-smtp", ["smtp-password"], { created: "2026-11-05T15:42:00Z" }));
  objects.push(secret(ns, "web-tls", ["tls.crt", "tls.key"], { type: "kubernetes.io/tls", created: "2026-10-01T02:00:00Z" }));
  objects.push(serviceAccount(ns, "default", c.week >= 2 ? false : undefined));
  if (c.week >= 4) objects.push(serviceAccount(ns, "storefront", false));
  // Developers may exec into pods: still open at week 4 (the team relies on it for support).
  objects.push(role(ns, "web-developers", [
    rule([""], ["pods", "pods/log", "services", "configmaps", "events"], ["get", "list", "watch"]),
    rule([""], ["pods/exec", "pods/portforward"], ["create", "get"]),
    rule(["apps"], ["deployments"], ["get", "list", "watch", "patch"]),
  ]));
  objects.push(roleBinding(ns, "web-developers", { kind: "Role", name: "web-developers" }, [{ kind: "Group", name: "acme:web-developers" }]));
  if (c.week >= 3) {
    objects.push(roleBinding(ns, "ci-deployer", { kind: "ClusterRole", name: "acme:deployer" }, [{ kind: "ServiceAccount", name: "ci-deployer", namespace: "default" }]));
  }

  if (c.week <= 3) {
    // "Temporary" policy from the migration: selects every pod and admits everyone.
    objects.push(networkPolicy(ns, "allow-all-ingress", { podSelector: {}, policyTypes: ["Ingress"], ingress: [{}] }));
  } else {
    objects.push(defaultDeny(ns));
    objects.push(networkPolicy(ns, "web-proxy-from-ingress", {
      podSelector: { matchLabels: { "app.kubernetes.io/name": "web-proxy" } },
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } }], ports: [{ protocol: "TCP", port: 8080 }] }],
    }));
    objects.push(networkPolicy(ns, "storefront-from-proxy", {
      podSelector: { matchLabels: { "app.kubernetes.io/name": "storefront" } },
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "web-proxy" } } }], ports: [{ protocol: "TCP", port: 3000 }] }],
    }));
    objects.push(networkPolicy(ns, "web-egress", {
      podSelector: { matchLabels: { "app.kubernetes.io/part-of": "webshop" } },
      policyTypes: ["Egress"],
      egress: [
        { to: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "storefront" } } }], ports: [{ protocol: "TCP", port: 3000 }] },
        { to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "payments" } } }], ports: [{ protocol: "TCP", port: 8080 }] },
        { to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "data" } }, podSelector: { matchLabels: { "app.kubernetes.io/name": "redis" } } }], ports: [{ protocol: "TCP", port: 6379 }] },
        { to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["10.0.0.0/8", "169.254.169.254/32"] } }], ports: [{ protocol: "TCP", port: 443 }, { protocol: "TCP", port: 587 }] },
      ],
    }));
    objects.push(limitRange(ns, "web-limits", { cpu: "100m", memory: "128Mi", memoryLimit: "256Mi", maxMemory: "1Gi" }));
    objects.push(resourceQuota(ns, "web-quota", { pods: "40", "requests.cpu": "6", "requests.memory": "8Gi", "limits.memory": "12Gi" }));
  }
  return objects;
}

// ---------------------------------------------------------------------------------------------
// data: databases, a privileged StatefulSet and a hostPath

function data(c: TCtx): TObj[] {
  const ns = "data";
  const objects: TObj[] = [];

  objects.push(statefulSet(ns, "postgres", appLabels("postgres", "data-platform", "data", { "app.kubernetes.io/component": "primary" }), {
    ...(c.week >= 3 ? { serviceAccountName: "postgres", automountServiceAccountToken: false } : {}),
    securityContext: { fsGroup: 1001, seccompProfile: { type: "RuntimeDefault" } },
    containers: [{
      name: "postgresql",
      image: thirdParty(c, "docker.io/bitnami/postgresql:16.4.0-debian-12-r14"),
      imagePullPolicy: "IfNotPresent",
      ports: [{ name: "tcp-postgresql", containerPort: 5432 }],
      env: [
        { name: "POSTGRESQL_PORT_NUMBER", value: "5432" },
        { name: "POSTGRES_DATABASE", value: "payments" },
        { name: "POSTGRES_PASSWORD", valueFrom: { secretKeyRef: { name: "postgres-credentials", key: "postgres-password" } } },
        { name: "PGDATA", value: "/bitnami/postgresql/data" },
      ],
      resources: resources("500m", "1Gi", "2Gi"),
      securityContext: { runAsUser: 1001, runAsGroup: 1001, runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
      livenessProbe: { exec: { command: ["/bin/sh", "-c", "exec pg_isready -U postgres -h 127.0.0.1 -p 5432"] }, periodSeconds: 10 },
      volumeMounts: [{ name: "data", mountPath: "/bitnami/postgresql" }, { name: "tmp", mountPath: "/tmp" }, { name: "run", mountPath: "/opt/bitnami/postgresql/tmp" }],
    }],
    volumes: [tmpVolume(), { name: "run", emptyDir: {} }],
  }, {
    claims: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], storageClassName: "ssd", resources: { requests: { storage: "100Gi" } } } }],
  }));

  // Elasticsearch: privileged sysctl init container (until week 3), data on a node hostPath (until week 4).
  const esInit: TObj[] = c.week <= 2
    ? [
      { name: "sysctl", image: "busybox:1.36", command: ["sysctl", "-w", "vm.max_map_count=262144"], securityContext: { privileged: true, runAsUser: 0 } },
      { name: "fix-permissions", image: "busybox:1.36", command: ["sh", "-c", "chown -R 1000:1000 /usr/share/elasticsearch/data"], securityContext: { runAsUser: 0 }, volumeMounts: [{ name: "data", mountPath: "/usr/share/elasticsearch/data" }] },
    ]
    : [];
  objects.push(statefulSet(ns, "elasticsearch", appLabels("elasticsearch", "search", "data"), {
    ...(esInit.length > 0 ? { initContainers: esInit } : {}),
    securityContext: c.week >= 3 ? { fsGroup: 1000, runAsUser: 1000, runAsGroup: 1000, runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } } : { fsGroup: 1000 },
    containers: [{
      name: "elasticsearch",
      image: thirdParty(c, "docker.elastic.co/elasticsearch/elasticsearch:8.15.3"),
      ports: [{ name: "http", containerPort: 9200 }, { name: "transport", containerPort: 9300 }],
      env: [
        { name: "cluster.name", value: "acme-search" },
        { name: "discovery.type", value: "single-node" },
        { name: "ES_JAVA_OPTS", value: "-Xms2g -Xmx2g" },
        { name: "xpack.security.enabled", value: "true" },
        { name: "ELASTIC_PASSWORD", valueFrom: { secretKeyRef: { name: "elastic-credentials", key: "password" } } },
      ],
      resources: resources("1", "3Gi", "4Gi"),
      ...(c.week >= 3 ? { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } } } : {}),
      readinessProbe: { tcpSocket: { port: 9200 }, periodSeconds: 10 },
      volumeMounts: [{ name: "data", mountPath: "/usr/share/elasticsearch/data" }],
    }],
    ...(c.week <= 3 ? { volumes: [{ name: "data", hostPath: { path: "/mnt/disks/ssd0/elasticsearch", type: "DirectoryOrCreate" } }] } : {}),
    ...(c.week <= 3 ? { nodeSelector: { "kubernetes.io/hostname": c.prod ? "worker-2" : "stg-worker-2" } } : {}),
  }, {
    ...(c.week >= 4 ? { claims: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], storageClassName: "local-ssd", resources: { requests: { storage: "200Gi" } } } }] } : {}),
  }));

  objects.push(deployment(ns, "redis", appLabels("redis", "webshop", "data", { "app.kubernetes.io/component": "cache" }), {
    ...(c.week >= 2 ? { securityContext: podRestricted(999) } : {}),
    containers: [{
      name: "redis",
      image: c.prod ? "redis:7.4.1" : thirdParty(c, "library/redis:7.4.1"),
      args: ["--requirepass", "$(REDIS_PASSWORD)", "--maxmemory", "400mb", "--maxmemory-policy", "allkeys-lru"],
      env: [{ name: "REDIS_PASSWORD", valueFrom: { secretKeyRef: { name: "redis-auth", key: "password" } } }],
      ports: [{ name: "redis", containerPort: 6379 }],
      ...(c.week >= 2 ? { resources: resources("100m", "512Mi", "512Mi") } : {}),
      ...(c.week >= 2 ? { securityContext: CONTAINER_RESTRICTED } : {}),
      ...(c.week >= 2 ? { volumeMounts: [{ name: "data", mountPath: "/data" }] } : {}),
    }],
    ...(c.week >= 2 ? { volumes: [{ name: "data", emptyDir: { sizeLimit: "1Gi" } }] } : {}),
  }, { replicas: 1 }));

  // Nightly backups: the S3 secret key was pasted into the CronJob until week 3.
  objects.push(cronJob(ns, "pg-backup", appLabels("pg-backup", "data-platform", "data"), "0 1 * * *", {
    ...(c.week >= 3 ? { serviceAccountName: "pg-backup", automountServiceAccountToken: false } : {}),
    securityContext: podRestricted(1001),
    containers: [{
      name: "backup",
      image: `${ACME}/data/pg-backup:1.3.0`,
      env: [
        { name: "PGHOST", value: "postgres.data.svc.cluster.local" },
        { name: "PGUSER", value: "backup" },
        { name: "PGPASSWORD", valueFrom: { secretKeyRef: { name: "postgres-credentials", key: "backup-password" } } },
        { name: "S3_BUCKET", value: "s3://acme-demo-backups/postgres" },
        { name: "S3_ACCESS_KEY_ID", value: "DEMO-ONLY-ACCESS-KEY-ID" },
        ...(c.week <= 2
          ? [{ name: "S3_SECRET_KEY", value: "demo-only-not-a-real-key" }]
          : [{ name: "S3_SECRET_KEY", valueFrom: { secretKeyRef: { name: "backup-s3-credentials", key: "secret-key" } } }]),
      ],
      resources: resources("200m", "256Mi", "512Mi"),
      securityContext: CONTAINER_RESTRICTED,
      volumeMounts: [{ name: "scratch", mountPath: "/scratch" }],
    }],
    volumes: [{ name: "scratch", emptyDir: { sizeLimit: "20Gi" } }],
  }));

  objects.push(service(ns, "postgres", { "app.kubernetes.io/name": "postgres" }, [{ name: "tcp-postgresql", port: 5432, targetPort: "tcp-postgresql" }]));
  objects.push(service(ns, "elasticsearch", { "app.kubernetes.io/name": "elasticsearch" }, [{ name: "http", port: 9200, targetPort: "http" }], { clusterIP: "None" }));
  objects.push(service(ns, "redis", { "app.kubernetes.io/name": "redis" }, [{ name: "redis", port: 6379, targetPort: "redis" }]));
  objects.push(configMap(ns, "postgres-config", {
    "postgresql.conf": ["max_connections = 200", "shared_buffers = 512MB", "log_min_duration_statement = 500", "ssl = on", ""].join("\n"),
    "pg_hba.conf": ["hostssl all all 10.244.0.0/16 scram-sha-256", "local all all peer", ""].join("\n"),
  }));
  // postgres-credentials was last written in March 2024 and rotated in week 4.
  objects.push(secret(ns, "postgres-credentials", ["postgres-password", "replication-password", "backup-password"], {
    created: "2024-03-18T10:15:00Z",
    ...(c.week >= 4 ? { rotated: "2026-11-19T21:04:00Z" } : {}),
  }));
  objects.push(secret(ns, "elastic-credentials", ["username", "password"], { created: "2026-01-26T08:00:00Z" }));
  objects.push(secret(ns, "redis-auth", ["password"], { created: "2026-02-09T12:30:00Z" }));
  if (c.week >= 3) objects.push(secret(ns, "backup-s3-credentials", ["access-key-id", "secret-key"], { created: "2026-11-12T17:20:00Z" }));
  objects.push(serviceAccount(ns, "default", c.week >= 3 ? false : undefined));
  if (c.week >= 3) {
    objects.push(serviceAccount(ns, "postgres", false));
    objects.push(serviceAccount(ns, "pg-backup", false));
  }
  if (c.week <= 2) {
    // Granted so a dashboard sidecar could list pods; every pod of the namespace got it.
    objects.push(roleBinding(ns, "default-view", { kind: "ClusterRole", name: "view" }, [{ kind: "ServiceAccount", name: "default", namespace: ns }]));
  }
  if (c.week >= 3) {
    objects.push(roleBinding(ns, "ci-deployer", { kind: "ClusterRole", name: "acme:deployer" }, [{ kind: "ServiceAccount", name: "ci-deployer", namespace: "default" }]));
  }
  if (c.prod && c.week === 4) {
    // Regression: the new ETL runner got a "just make it work" Role with wildcards.
    objects.push(serviceAccount(ns, "etl-runner"));
    objects.push(role(ns, "etl-runner", [rule(["", "batch"], ["*"], ["*"])]));
    objects.push(roleBinding(ns, "etl-runner", { kind: "Role", name: "etl-runner" }, [{ kind: "ServiceAccount", name: "etl-runner", namespace: ns }]));
  }

  objects.push(networkPolicy(ns, "postgres-from-apps", {
    podSelector: { matchLabels: { "app.kubernetes.io/name": "postgres" } },
    policyTypes: ["Ingress"],
    ingress: [{
      from: [
        { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "payments" } } },
        { podSelector: { matchLabels: { "app.kubernetes.io/name": "pg-backup" } } },
      ],
      ports: [{ protocol: "TCP", port: 5432 }],
    }],
  }));
  if (c.week >= 3) {
    objects.push(networkPolicy(ns, "redis-from-web", {
      podSelector: { matchLabels: { "app.kubernetes.io/name": "redis" } },
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "web" } } }], ports: [{ protocol: "TCP", port: 6379 }] }],
    }));
  }
  if (!c.prod) {
    objects.push(defaultDeny(ns));
    objects.push(networkPolicy(ns, "elasticsearch-from-web", {
      podSelector: { matchLabels: { "app.kubernetes.io/name": "elasticsearch" } },
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "web" } } }], ports: [{ protocol: "TCP", port: 9200 }] }],
    }));
  }
  if (c.week >= 2) objects.push(resourceQuota(ns, "data-quota", { pods: "20", "requests.cpu": "8", "requests.memory": "24Gi", "limits.memory": "32Gi", "requests.storage": "1Ti" }));
  if (c.week >= 3) objects.push(limitRange(ns, "data-limits", { cpu: "100m", memory: "256Mi", memoryLimit: "1Gi", maxMemory: "8Gi" }));
  return objects;
}

// ---------------------------------------------------------------------------------------------
// monitoring: node agents that legitimately need the host, and the scanner from week 3

function monitoring(c: TCtx): TObj[] {
  const ns = "monitoring";
  const objects: TObj[] = [];

  objects.push(statefulSet(ns, "prometheus", appLabels("prometheus", "observability", "platform"), {
    serviceAccountName: "prometheus",
    securityContext: podRestricted(65534),
    containers: [{
      name: "prometheus",
      image: "quay.io/prometheus/prometheus:v3.1.0",
      args: ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus", "--storage.tsdb.retention.time=15d", "--web.enable-lifecycle"],
      ports: [{ name: "web", containerPort: 9090 }],
      resources: resources("500m", "2Gi", "4Gi"),
      securityContext: CONTAINER_RESTRICTED,
      readinessProbe: httpProbe("/-/ready", "web"),
      volumeMounts: [{ name: "config", mountPath: "/etc/prometheus", readOnly: true }, { name: "data", mountPath: "/prometheus" }],
    }],
    volumes: [{ name: "config", configMap: { name: "prometheus-config" } }],
  }, { claims: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], storageClassName: "ssd", resources: { requests: { storage: "50Gi" } } } }] }));

  objects.push(deployment(ns, "grafana", appLabels("grafana", "observability", "platform"), {
    serviceAccountName: "grafana",
    ...(c.week >= 3 ? { automountServiceAccountToken: false } : {}),
    securityContext: c.week >= 3 ? podRestricted(472) : { runAsUser: 472, runAsGroup: 472, fsGroup: 472, runAsNonRoot: true },
    containers: [{
      name: "grafana",
      image: thirdParty(c, "docker.io/grafana/grafana:11.4.0"),
      ports: [{ name: "http", containerPort: 3000 }],
      env: [
        { name: "GF_SECURITY_ADMIN_USER", valueFrom: { secretKeyRef: { name: "grafana-admin", key: "admin-user" } } },
        { name: "GF_SECURITY_ADMIN_PASSWORD", valueFrom: { secretKeyRef: { name: "grafana-admin", key: "admin-password" } } },
        { name: "GF_SERVER_ROOT_URL", value: `https://grafana.${c.domain}` },
      ],
      resources: resources("100m", "256Mi", "512Mi"),
      ...(c.week >= 3 ? { securityContext: CONTAINER_RESTRICTED } : {}),
      readinessProbe: httpProbe("/api/health", "http"),
      volumeMounts: [
        { name: "datasources", mountPath: "/etc/grafana/provisioning/datasources", readOnly: true },
        { name: "storage", mountPath: "/var/lib/grafana" },
        ...(c.week >= 3 ? [{ name: "tmp", mountPath: "/tmp" }] : []),
      ],
    }],
    volumes: [
      c.week >= 4 ? { name: "datasources", secret: { secretName: "grafana-datasources" } } : { name: "datasources", configMap: { name: "grafana-datasources" } },
      { name: "storage", emptyDir: {} },
      ...(c.week >= 3 ? [tmpVolume()] : []),
    ],
  }, { replicas: 1 }));

  // node-exporter: host network and PID are what it is for; a subset of checks is waived on the object.
  objects.push(daemonSet(ns, "node-exporter", appLabels("node-exporter", "observability", "platform"), { "app.kubernetes.io/name": "node-exporter" }, {
    serviceAccountName: "node-exporter",
    automountServiceAccountToken: false,
    hostNetwork: true,
    hostPID: true,
    tolerations: [{ operator: "Exists" }],
    securityContext: podRestricted(65534),
    containers: [{
      name: "node-exporter",
      image: "quay.io/prometheus/node-exporter:v1.8.2",
      args: ["--path.procfs=/host/proc", "--path.sysfs=/host/sys", ...(c.prod ? ["--path.rootfs=/host/root"] : ["--no-collector.filesystem"]), "--web.listen-address=:9100"],
      ports: [{ name: "metrics", containerPort: 9100, hostPort: 9100 }],
      resources: resources("50m", "64Mi", "128Mi"),
      securityContext: CONTAINER_RESTRICTED,
      volumeMounts: [
        { name: "proc", mountPath: "/host/proc", readOnly: true },
        { name: "sys", mountPath: "/host/sys", readOnly: true },
        ...(c.prod ? [{ name: "root", mountPath: "/host/root", readOnly: true, mountPropagation: "HostToContainer" }] : []),
      ],
    }],
    volumes: [
      { name: "proc", hostPath: { path: "/proc" } },
      { name: "sys", hostPath: { path: "/sys" } },
      // The whole root filesystem, containerd's socket included (prod only; staging dropped it).
      ...(c.prod ? [{ name: "root", hostPath: { path: "/" } }] : []),
    ],
  }, exemption(["host-network", "host-pid", "host-path-volume", "pod-user-namespace-unused"], "node-exporter reports node metrics: it must see the host's network and processes and read /proc, /sys and / (mounted read-only). Accepted by platform-security, SEC-412, review due 2027-04.")));

  // promtail ships pod logs: hostPath /var/log and root to read them. Not reviewed yet.
  objects.push(daemonSet(ns, "promtail", appLabels("promtail", "observability", "platform"), { "app.kubernetes.io/name": "promtail" }, {
    serviceAccountName: "promtail",
    tolerations: [{ operator: "Exists" }],
    securityContext: { runAsUser: 0, runAsGroup: 0 },
    containers: [{
      name: "promtail",
      image: "docker.io/grafana/promtail:3.3.2",
      args: ["-config.file=/etc/promtail/promtail.yaml"],
      env: [{ name: "HOSTNAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }],
      ports: [{ name: "http-metrics", containerPort: 3101 }],
      resources: resources("50m", "128Mi", "256Mi"),
      securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"], add: ["DAC_READ_SEARCH"] } },
      volumeMounts: [
        { name: "config", mountPath: "/etc/promtail", readOnly: true },
        { name: "pods", mountPath: "/var/log/pods", readOnly: true },
        { name: "positions", mountPath: "/run/promtail" },
      ],
    }],
    volumes: [
      { name: "config", configMap: { name: "promtail-config" } },
      { name: "pods", hostPath: { path: "/var/log/pods" } },
      { name: "positions", hostPath: { path: "/run/promtail", type: "DirectoryOrCreate" } },
    ],
  }, c.prod ? undefined : exemption(["host-path-volume", "restricted-volume-types"], "promtail reads pod logs from /var/log/pods on each node (read-only) and keeps its positions file on the node. Accepted by platform-security, SEC-431.")));

  if (c.week >= 3) {
    objects.push(deployment(ns, "trivy-operator", appLabels("trivy-operator", "security-tooling", "platform"), {
      serviceAccountName: "trivy-operator",
      securityContext: podRestricted(10000),
      containers: [{
        name: "trivy-operator",
        image: "ghcr.io/aquasecurity/trivy-operator:0.24.1",
        env: [
          { name: "OPERATOR_NAMESPACE", value: ns },
          { name: "OPERATOR_TARGET_NAMESPACES", value: "" },
          { name: "OPERATOR_VULNERABILITY_SCANNER_ENABLED", value: "true" },
          { name: "OPERATOR_SCAN_JOB_CONCURRENT_LIMIT", value: "3" },
          { name: "TRIVY_SEVERITY", value: "CRITICAL,HIGH,MEDIUM" },
        ],
        ports: [{ name: "metrics", containerPort: 8080 }],
        resources: resources("100m", "256Mi", "512Mi"),
        securityContext: CONTAINER_RESTRICTED,
        volumeMounts: [{ name: "cache", mountPath: "/tmp" }],
      }],
      volumes: [{ name: "cache", emptyDir: { sizeLimit: "2Gi" } }],
    }, { replicas: 1 }));
    objects.push(serviceAccount(ns, "trivy-operator"));
  }

  objects.push(service(ns, "prometheus", { "app.kubernetes.io/name": "prometheus" }, [{ name: "web", port: 9090, targetPort: "web" }]));
  objects.push(service(ns, "grafana", { "app.kubernetes.io/name": "grafana" }, [{ name: "http", port: 80, targetPort: "http" }]));
  objects.push(service(ns, "node-exporter", { "app.kubernetes.io/name": "node-exporter" }, [{ name: "metrics", port: 9100, targetPort: "metrics" }], { clusterIP: "None" }));
  objects.push(ingress(ns, "grafana", `grafana.${c.domain}`, "grafana", 80, "grafana-tls"));
  objects.push(configMap(ns, "prometheus-config", {
    "prometheus.yml": [
      "global:",
      "  scrape_interval: 30s",
      "scrape_configs:",
      "  - job_name: node-exporter",
      "    kubernetes_sd_configs: [{ role: endpoints }]",
      "    relabel_configs:",
      "      - source_labels: [__meta_kubernetes_service_name]",
      "        regex: node-exporter",
      "        action: keep",
      "  - job_name: kubelet",
      "    scheme: https",
      "    authorization:",
      "      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token",
      "    kubernetes_sd_configs: [{ role: node }]",
      "",
    ].join("\n"),
  }));
  const datasources = [
    "apiVersion: 1",
    "datasources:",
    "  - name: Prometheus",
    "    type: prometheus",
    "    url: http://prometheus.monitoring.svc:9090",
    "    isDefault: true",
    "  - name: Payments DB (read-only)",
    "    type: postgres",
    "    url: postgres.data.svc.cluster.local:5432",
    "    user: grafana_ro",
    "    secureJsonData:",
    "      password: demo-only-grafana-ro",
    "",
  ].join("\n");
  if (c.week <= 3) objects.push(configMap(ns, "grafana-datasources", { "datasources.yaml": datasources }, { grafana_datasource: "1" }));
  else objects.push(secret(ns, "grafana-datasources", ["datasources.yaml"], { created: "2026-11-18T10:00:00Z", labels: { grafana_datasource: "1" } }));
  objects.push(configMap(ns, "promtail-config", {
    "promtail.yaml": [
      "server:",
      "  http_listen_port: 3101",
      "positions:",
      "  filename: /run/promtail/positions.yaml",
      "clients:",
      `  - url: https://logs.${c.domain}/loki/api/v1/push`,
      "scrape_configs:",
      "  - job_name: kubernetes-pods",
      "    kubernetes_sd_configs: [{ role: pod }]",
      "",
    ].join("\n"),
  }));
  objects.push(secret(ns, "grafana-admin", ["admin-user", "admin-password"], { created: c.prod ? "2025-02-10T09:00:00Z" : "2026-07-01T09:00:00Z" }));
  objects.push(secret(ns, "grafana-tls", ["tls.crt", "tls.key"], { type: "kubernetes.io/tls", created: "2026-10-12T02:00:00Z" }));
  objects.push(serviceAccount(ns, "default", c.prod ? undefined : false));
  objects.push(serviceAccount(ns, "prometheus"));
  objects.push(serviceAccount(ns, "grafana"));
  objects.push(serviceAccount(ns, "node-exporter", false));
  objects.push(serviceAccount(ns, "promtail"));

  if (c.week >= 3) objects.push(limitRange(ns, "monitoring-limits", { cpu: "50m", memory: "64Mi", memoryLimit: "512Mi", maxMemory: "8Gi" }));
  if (!c.prod) {
    objects.push(resourceQuota(ns, "monitoring-quota", { pods: "60", "requests.cpu": "6", "requests.memory": "16Gi", "limits.memory": "24Gi" }));
    objects.push(defaultDeny(ns));
    objects.push(networkPolicy(ns, "monitoring-allow", {
      podSelector: { matchLabels: { "app.kubernetes.io/part-of": "observability" } },
      policyTypes: ["Ingress", "Egress"],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "ingress-nginx" } } }, { podSelector: { matchLabels: { "app.kubernetes.io/part-of": "observability" } } }] }],
      egress: [{ to: [{ ipBlock: { cidr: "10.0.0.0/8" } }] }],
    }));
    objects.push(networkPolicy(ns, "trivy-operator-egress", {
      podSelector: { matchLabels: { "app.kubernetes.io/name": "trivy-operator" } },
      policyTypes: ["Egress"],
      egress: [{ ports: [{ protocol: "TCP", port: 443 }] }],
    }));
  }
  return objects;
}

// ---------------------------------------------------------------------------------------------
// external-secrets (staging only)

function externalSecrets(): TObj[] {
  const ns = "external-secrets";
  return [
    deployment(ns, "external-secrets", appLabels("external-secrets", "external-secrets", "platform"), {
      serviceAccountName: "external-secrets",
      hostUsers: false,
      securityContext: podRestricted(1000),
      containers: [{
        name: "external-secrets",
        image: pinned("ghcr.io/external-secrets/external-secrets:v0.12.1"),
        args: ["--concurrent=1", "--metrics-addr=:8080"],
        ports: [{ name: "metrics", containerPort: 8080 }],
        resources: resources("50m", "128Mi", "256Mi"),
        securityContext: CONTAINER_RESTRICTED,
      }],
    }, { replicas: 1 }),
    serviceAccount(ns, "external-secrets"),
    serviceAccount(ns, "default", false),
    role(ns, "external-secrets-leader-election", [rule(["coordination.k8s.io"], ["leases"], ["get", "create", "update"])]),
    roleBinding(ns, "external-secrets-leader-election", { kind: "Role", name: "external-secrets-leader-election" }, [{ kind: "ServiceAccount", name: "external-secrets", namespace: ns }]),
    defaultDeny(ns),
    networkPolicy(ns, "external-secrets-egress", {
      podSelector: { matchLabels: { "app.kubernetes.io/name": "external-secrets" } },
      policyTypes: ["Egress"],
      egress: [{ ports: [{ protocol: "TCP", port: 443 }, { protocol: "TCP", port: 6443 }] }],
    }),
    limitRange(ns, "external-secrets-limits", { cpu: "50m", memory: "64Mi", memoryLimit: "256Mi", maxMemory: "1Gi" }),
    resourceQuota(ns, "external-secrets-quota", { pods: "10", "requests.cpu": "1", "requests.memory": "1Gi", "limits.memory": "2Gi" }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Trivy Operator's VulnerabilityReports (prod week 4, staging): one per container.

interface TVulnProfile {
  critical: number;
  high: number;
  medium: number;
  low: number;
  examples?: { id: string; severity: "CRITICAL" | "HIGH"; resource: string; installed: string; fixed: string; title: string }[];
}

/** By image repository (registry and tag stripped). Unlisted images: clean. */
const VULN_PROFILES: Record<string, TVulnProfile> = {
  "grafana/promtail": {
    critical: 1, high: 3, medium: 6, low: 2,
    examples: [
      { id: "CVE-2024-45337", severity: "CRITICAL", resource: "golang.org/x/crypto", installed: "v0.27.0", fixed: "0.31.0", title: "Misuse of ServerConfig.PublicKeyCallback may cause authorization bypass" },
      { id: "CVE-2025-22869", severity: "HIGH", resource: "golang.org/x/crypto", installed: "v0.27.0", fixed: "0.35.0", title: "Denial of service in the Key Exchange of golang.org/x/crypto/ssh" },
    ],
  },
  "elasticsearch/elasticsearch": {
    critical: 0, high: 2, medium: 9, low: 14,
    examples: [{ id: "CVE-2024-47554", severity: "HIGH", resource: "commons-io:commons-io", installed: "2.11.0", fixed: "2.14.0", title: "Possible denial of service attack on untrusted input to XmlStreamReader" }],
  },
  "grafana/grafana": {
    critical: 0, high: 2, medium: 4, low: 1,
    examples: [{ id: "CVE-2025-22870", severity: "HIGH", resource: "golang.org/x/net", installed: "v0.33.0", fixed: "0.36.0", title: "HTTP proxy bypass using IPv6 zone IDs" }],
  },
  "bitnami/postgresql": {
    critical: 0, high: 1, medium: 5, low: 12,
    examples: [{ id: "CVE-2024-10979", severity: "HIGH", resource: "postgresql", installed: "16.4.0", fixed: "16.5.0", title: "PL/Perl environment variable changes execute arbitrary code" }],
  },
  "flannel-io/flannel": {
    critical: 1, high: 2, medium: 3, low: 0,
    examples: [{ id: "CVE-2024-24790", severity: "CRITICAL", resource: "stdlib", installed: "v1.22.3", fixed: "1.21.11, 1.22.4", title: "Unexpected behavior from Is methods for IPv4-mapped IPv6 addresses" }],
  },
  "library/redis": { critical: 0, high: 0, medium: 2, low: 9 },
  "web/storefront": { critical: 0, high: 1, medium: 3, low: 4, examples: [{ id: "CVE-2024-21538", severity: "HIGH", resource: "cross-spawn", installed: "7.0.3", fixed: "7.0.5", title: "Regular Expression Denial of Service (ReDoS) in cross-spawn" }] },
  "mirror/nginx-unprivileged": { critical: 0, high: 0, medium: 1, low: 2 },
};

function repositoryOf(image: string): { server: string; repository: string; tag: string; digest?: string } {
  const [withoutDigest, digest] = image.split("@");
  const slash = withoutDigest!.indexOf("/");
  const first = slash >= 0 ? withoutDigest!.slice(0, slash) : "";
  const hasRegistry = first.includes(".") || first.includes(":");
  const server = hasRegistry ? first : "index.docker.io";
  let path = hasRegistry ? withoutDigest!.slice(slash + 1) : withoutDigest!;
  if (!hasRegistry && !path.includes("/")) path = `library/${path}`;
  const colon = path.lastIndexOf(":");
  const repository = colon > 0 ? path.slice(0, colon) : path;
  const tag = colon > 0 ? path.slice(colon + 1) : "latest";
  return digest ? { server, repository, tag, digest } : { server, repository, tag };
}

function profileFor(repository: string): TVulnProfile {
  const match = Object.keys(VULN_PROFILES).find((key) => repository === key || repository.endsWith(`/${key}`));
  return match ? VULN_PROFILES[match]! : { critical: 0, high: 0, medium: 0, low: 1 };
}

function vulnerabilityReports(objects: TObj[], c: TCtx): TObj[] {
  const reports: TObj[] = [];
  for (const object of objects) {
    const kind = object.kind as string;
    if (!["Deployment", "StatefulSet", "DaemonSet", "CronJob", "Pod"].includes(kind)) continue;
    const { name, namespace } = object.metadata as { name: string; namespace: string };
    const spec = kind === "Pod" ? (object.spec as TObj)
      : kind === "CronJob" ? ((((object.spec as TObj).jobTemplate as TObj).spec as TObj).template as TObj).spec as TObj
        : ((object.spec as TObj).template as TObj).spec as TObj;
    const containers = [...((spec.initContainers as TObj[] | undefined) ?? []), ...((spec.containers as TObj[] | undefined) ?? [])];
    // Trivy reports on the ReplicaSet of a Deployment; the others directly.
    const subjectKind = kind === "Deployment" ? "ReplicaSet" : kind;
    const subjectName = kind === "Deployment" ? replicaSetName(name, JSON.stringify(spec)) : name;
    for (const container of containers) {
      const image = container.image as string;
      const ref = repositoryOf(image);
      const profile = profileFor(ref.repository);
      const reportName = `${subjectKind.toLowerCase()}-${subjectName}-${container.name as string}`.slice(0, 63).replace(/-+$/, "");
      reports.push({
        apiVersion: "aquasecurity.github.io/v1alpha1",
        kind: "VulnerabilityReport",
        metadata: {
          name: reportName,
          namespace,
          labels: {
            "trivy-operator.resource.kind": subjectKind,
            "trivy-operator.resource.name": subjectName,
            "trivy-operator.resource.namespace": namespace,
            "trivy-operator.container.name": container.name,
            "app.kubernetes.io/managed-by": "trivy-operator",
          },
          creationTimestamp: c.prod ? "2026-11-17T03:10:00Z" : "2026-11-22T03:10:00Z",
        },
        report: {
          updateTimestamp: c.prod ? "2026-11-22T03:10:00Z" : "2026-11-23T03:10:00Z",
          scanner: { name: "Trivy", vendor: "Aqua Security", version: "0.58.1" },
          registry: { server: ref.server },
          artifact: { repository: ref.repository, tag: ref.tag, ...(ref.digest ? { digest: ref.digest } : {}) },
          os: ref.tag.includes("alpine") ? { family: "alpine", name: "3.20.3" } : { family: "debian", name: "12.8" },
          summary: { criticalCount: profile.critical, highCount: profile.high, mediumCount: profile.medium, lowCount: profile.low, unknownCount: 0, noneCount: 0 },
          vulnerabilities: (profile.examples ?? []).map((example) => ({
            vulnerabilityID: example.id,
            severity: example.severity,
            resource: example.resource,
            installedVersion: example.installed,
            fixedVersion: example.fixed,
            title: example.title,
            primaryLink: `https://avd.aquasec.com/nvd/${example.id.toLowerCase()}`,
          })),
        },
      });
    }
  }
  return reports;
}

// ---------------------------------------------------------------------------------------------
// Files

function header(state: TDemoState, file: string, what: string): string {
  const label = state.week ? `${state.cluster}, week ${state.week}` : state.cluster;
  return [
    `# DEMO DATA — invented for the Ramparts demo; every name, host and value is fake.`,
    `# ${label} as of ${state.takenAt.slice(0, 10)}: ${what}`,
    `# Generated by \`npm run demo:states\` (lib/demo/build-states.ts): edit the builder, not ${file}.`,
  ].join("\n");
}

function render(state: TDemoState, file: string, what: string, objects: TObj[]): string {
  const documents = objects.map((object) => stringify(object, { lineWidth: 0, aliasDuplicateObjects: false }).trimEnd());
  return `${header(state, file, what)}\n---\n${documents.join("\n---\n")}\n`;
}

/** The files of one state: file name → YAML text (deterministic). */
export function buildDemoState(state: TDemoState): Map<string, string> {
  const prod = state.cluster === "acme-prod";
  const c: TCtx = { prod, week: prod ? state.week ?? 1 : 5, takenAt: state.takenAt, domain: prod ? "acme.example" : "staging.acme.example" };
  const parts: [string, string, TObj[]][] = [
    ["cluster.yaml", "namespaces, nodes, CRDs and cluster-wide RBAC", clusterScope(c)],
    ["scan-settings.yaml", "Ramparts scan settings for folder scans (trusted registries)", [scanSettings(c)]],
    ["kube-system.yaml", "control plane (kube-apiserver static Pod), CNI, kube-proxy, CoreDNS", kubeSystem(c)],
    ["default.yaml", "the default namespace", defaultNamespace(c)],
    ["payments.yaml", "team payments", payments(c)],
    ["web.yaml", "team web", web(c)],
    ["data.yaml", "team data", data(c)],
    ["monitoring.yaml", "platform observability (and security tooling)", monitoring(c)],
  ];
  if (!prod) parts.push(["external-secrets.yaml", "External Secrets Operator", externalSecrets()]);
  if (c.week >= 4) {
    const workloads = parts.flatMap(([, , objects]) => objects);
    parts.push(["vulnerability-reports.yaml", "Trivy Operator VulnerabilityReports", vulnerabilityReports(workloads, c)]);
  }
  return new Map(parts.map(([file, what, objects]) => [file, render(state, file, what, objects)]));
}
