// What the API server itself provides, for RBAC resolution when a snapshot does not show it:
// a folder of manifests binds `edit` or `cluster-admin` without containing those ClusterRoles,
// yet what they grant is fixed by upstream bootstrap policy (plugin/pkg/auth/authorizer/rbac/
// bootstrappolicy/policy.go). Only the default user-facing roles are modelled, with their
// aggregation labels, so that custom roles aggregated into admin/edit/view are counted too.
import type { TKubeObject } from "./types";

const READ = ["get", "list", "watch"];
const WRITE = ["create", "update", "patch", "delete", "deletecollection"];
const AGGREGATE = "rbac.authorization.k8s.io/aggregate-to-";

function rule(verbs: string[], apiGroups: string[], resources: string[]): Record<string, unknown> {
  return { verbs, apiGroups, resources };
}

function clusterRole(name: string, labels: Record<string, string>, rules: unknown[], aggregateFrom?: string): TKubeObject {
  const object: TKubeObject = {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRole",
    metadata: { name, labels: { "kubernetes.io/bootstrapping": "rbac-defaults", ...labels } },
    rules,
  };
  if (aggregateFrom) object.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [`${AGGREGATE}${aggregateFrom}`]: "true" } }] };
  return object;
}

/** The default ClusterRoles a manifest scan may reference without containing them. */
export const BUILTIN_CLUSTER_ROLES: readonly TKubeObject[] = [
  clusterRole("cluster-admin", {}, [rule(["*"], ["*"], ["*"]), { verbs: ["*"], nonResourceURLs: ["*"] }]),
  clusterRole("admin", {}, [], "admin"),
  clusterRole("edit", { [`${AGGREGATE}admin`]: "true" }, [], "edit"),
  clusterRole("view", { [`${AGGREGATE}edit`]: "true" }, [], "view"),
  // Bound by most webhook and metrics servers' manifests (token and access reviews only).
  clusterRole("system:auth-delegator", {}, [
    rule(["create"], ["authentication.k8s.io"], ["tokenreviews"]),
    rule(["create"], ["authorization.k8s.io"], ["subjectaccessreviews"]),
  ]),
  clusterRole("system:aggregate-to-admin", { [`${AGGREGATE}admin`]: "true" }, [
    rule(["create"], ["authorization.k8s.io"], ["localsubjectaccessreviews"]),
    rule([...READ, ...WRITE], ["rbac.authorization.k8s.io"], ["roles", "rolebindings"]),
  ]),
  clusterRole("system:aggregate-to-edit", { [`${AGGREGATE}edit`]: "true" }, [
    rule(READ, [""], ["pods/attach", "pods/proxy", "pods/exec", "pods/portforward", "secrets", "services/proxy"]),
    rule(["impersonate"], [""], ["serviceaccounts"]),
    rule(WRITE, [""], ["pods", "pods/attach", "pods/proxy", "pods/exec", "pods/portforward"]),
    rule(["create"], [""], ["pods/eviction"]),
    rule(WRITE, [""], ["replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services", "services/proxy",
      "persistentvolumeclaims", "configmaps", "secrets", "events"]),
    rule(["create"], [""], ["serviceaccounts/token"]),
    rule(WRITE, ["apps"], ["statefulsets", "statefulsets/scale", "daemonsets", "deployments", "deployments/scale",
      "deployments/rollback", "replicasets", "replicasets/scale"]),
    rule(WRITE, ["autoscaling"], ["horizontalpodautoscalers"]),
    rule(WRITE, ["batch"], ["jobs", "cronjobs"]),
    rule(WRITE, ["policy"], ["poddisruptionbudgets"]),
    rule(WRITE, ["networking.k8s.io"], ["networkpolicies", "ingresses"]),
    rule([...READ, ...WRITE], ["coordination.k8s.io"], ["leases"]),
  ]),
  clusterRole("system:aggregate-to-view", { [`${AGGREGATE}view`]: "true" }, [
    rule(READ, [""], ["pods", "replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services",
      "services/status", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "configmaps"]),
    rule(READ, [""], ["limitranges", "resourcequotas", "bindings", "events", "pods/status", "resourcequotas/status",
      "namespaces/status", "replicationcontrollers/status", "pods/log", "namespaces"]),
    rule(READ, ["apps"], ["controllerrevisions", "statefulsets", "statefulsets/scale", "daemonsets", "deployments",
      "deployments/scale", "replicasets", "replicasets/scale"]),
    rule(READ, ["autoscaling"], ["horizontalpodautoscalers"]),
    rule(READ, ["batch"], ["jobs", "cronjobs"]),
    rule(READ, ["policy"], ["poddisruptionbudgets"]),
    rule(READ, ["networking.k8s.io"], ["networkpolicies", "ingresses"]),
    rule(READ, ["discovery.k8s.io"], ["endpointslices"]),
  ]),
];

/** Bootstrap Roles of kube-system that add-on manifests bind (API aggregation servers, webhooks). */
export const BUILTIN_ROLES: readonly TKubeObject[] = [{
  apiVersion: "rbac.authorization.k8s.io/v1",
  kind: "Role",
  metadata: { name: "extension-apiserver-authentication-reader", namespace: "kube-system", labels: { "kubernetes.io/bootstrapping": "rbac-defaults" } },
  rules: [{ verbs: READ, apiGroups: [""], resources: ["configmaps"], resourceNames: ["extension-apiserver-authentication"] }],
}];

/**
 * The top-level resources of the built-in API groups, to expand a `*` in a narrowed rule into
 * what it really grants (CustomResourceDefinitions of the snapshot add their own groups).
 * Subresources are left out on purpose: a narrowed rule should name the ones it needs.
 */
export const BUILTIN_RESOURCES: Readonly<Record<string, readonly string[]>> = {
  "": ["bindings", "componentstatuses", "configmaps", "endpoints", "events", "limitranges", "namespaces", "nodes",
    "persistentvolumeclaims", "persistentvolumes", "pods", "podtemplates", "replicationcontrollers", "resourcequotas",
    "secrets", "serviceaccounts", "services"],
  "admissionregistration.k8s.io": ["mutatingwebhookconfigurations", "validatingwebhookconfigurations",
    "validatingadmissionpolicies", "validatingadmissionpolicybindings"],
  "apiextensions.k8s.io": ["customresourcedefinitions"],
  "apiregistration.k8s.io": ["apiservices"],
  apps: ["controllerrevisions", "daemonsets", "deployments", "replicasets", "statefulsets"],
  "authentication.k8s.io": ["tokenreviews", "selfsubjectreviews"],
  "authorization.k8s.io": ["localsubjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews", "subjectaccessreviews"],
  autoscaling: ["horizontalpodautoscalers"],
  batch: ["cronjobs", "jobs"],
  "certificates.k8s.io": ["certificatesigningrequests"],
  "coordination.k8s.io": ["leases"],
  "discovery.k8s.io": ["endpointslices"],
  "events.k8s.io": ["events"],
  "flowcontrol.apiserver.k8s.io": ["flowschemas", "prioritylevelconfigurations"],
  "metrics.k8s.io": ["nodes", "pods"],
  "networking.k8s.io": ["ingressclasses", "ingresses", "ipaddresses", "networkpolicies", "servicecidrs"],
  "node.k8s.io": ["runtimeclasses"],
  policy: ["poddisruptionbudgets"],
  "rbac.authorization.k8s.io": ["clusterrolebindings", "clusterroles", "rolebindings", "roles"],
  "resource.k8s.io": ["deviceclasses", "resourceclaims", "resourceclaimtemplates", "resourceslices"],
  "scheduling.k8s.io": ["priorityclasses"],
  "storage.k8s.io": ["csidrivers", "csinodes", "csistoragecapacities", "storageclasses", "volumeattachments"],
};

/** The verbs a `*` is narrowed to: every standard verb, none of the escalating special ones. */
export const STANDARD_VERBS: readonly string[] = [...READ, ...WRITE];
