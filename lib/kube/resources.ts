// The resource types Ramparts reads from a cluster: one list, shared by the collector (what to
// list), the connection test (what to ask permission for) and deploy/rbac/ramparts-reader.yaml
// (what the read-only ClusterRole grants; a test keeps the two in step).

export interface TCollectedResource {
  /** Kind as it appears in the snapshot ("Pod", "VulnerabilityReport"). */
  kind: string;
  /** Plural resource name, as in REST paths and RBAC rules ("pods"). */
  plural: string;
  /** API group; "" is the core group. */
  apiGroup: string;
  version: string;
  namespaced: boolean;
}

export const COLLECTED_RESOURCES = [
  // core
  { kind: "Namespace", plural: "namespaces", apiGroup: "", version: "v1", namespaced: false },
  { kind: "Node", plural: "nodes", apiGroup: "", version: "v1", namespaced: false },
  { kind: "Pod", plural: "pods", apiGroup: "", version: "v1", namespaced: true },
  { kind: "ReplicationController", plural: "replicationcontrollers", apiGroup: "", version: "v1", namespaced: true },
  { kind: "Service", plural: "services", apiGroup: "", version: "v1", namespaced: true },
  { kind: "ServiceAccount", plural: "serviceaccounts", apiGroup: "", version: "v1", namespaced: true },
  // Values are dropped by the collector the moment they arrive: only metadata, type and key names are kept.
  { kind: "Secret", plural: "secrets", apiGroup: "", version: "v1", namespaced: true },
  { kind: "ConfigMap", plural: "configmaps", apiGroup: "", version: "v1", namespaced: true },
  { kind: "LimitRange", plural: "limitranges", apiGroup: "", version: "v1", namespaced: true },
  { kind: "ResourceQuota", plural: "resourcequotas", apiGroup: "", version: "v1", namespaced: true },
  // workloads
  { kind: "Deployment", plural: "deployments", apiGroup: "apps", version: "v1", namespaced: true },
  { kind: "StatefulSet", plural: "statefulsets", apiGroup: "apps", version: "v1", namespaced: true },
  { kind: "DaemonSet", plural: "daemonsets", apiGroup: "apps", version: "v1", namespaced: true },
  { kind: "ReplicaSet", plural: "replicasets", apiGroup: "apps", version: "v1", namespaced: true },
  { kind: "Job", plural: "jobs", apiGroup: "batch", version: "v1", namespaced: true },
  { kind: "CronJob", plural: "cronjobs", apiGroup: "batch", version: "v1", namespaced: true },
  // network
  { kind: "Ingress", plural: "ingresses", apiGroup: "networking.k8s.io", version: "v1", namespaced: true },
  { kind: "NetworkPolicy", plural: "networkpolicies", apiGroup: "networking.k8s.io", version: "v1", namespaced: true },
  // RBAC
  { kind: "Role", plural: "roles", apiGroup: "rbac.authorization.k8s.io", version: "v1", namespaced: true },
  { kind: "ClusterRole", plural: "clusterroles", apiGroup: "rbac.authorization.k8s.io", version: "v1", namespaced: false },
  { kind: "RoleBinding", plural: "rolebindings", apiGroup: "rbac.authorization.k8s.io", version: "v1", namespaced: true },
  { kind: "ClusterRoleBinding", plural: "clusterrolebindings", apiGroup: "rbac.authorization.k8s.io", version: "v1", namespaced: false },
  // extensions: CRDs reveal installed tools (external secret managers, scanners)
  { kind: "CustomResourceDefinition", plural: "customresourcedefinitions", apiGroup: "apiextensions.k8s.io", version: "v1", namespaced: false },
  // Trivy Operator; absent on most clusters (a 404 is a coverage gap, not a failure)
  { kind: "VulnerabilityReport", plural: "vulnerabilityreports", apiGroup: "aquasecurity.github.io", version: "v1alpha1", namespaced: true },
] as const satisfies readonly TCollectedResource[];

/** "v1" for the core group, "apps/v1" otherwise — as in an object's apiVersion. */
export function apiVersionOf(resource: TCollectedResource): string {
  return resource.apiGroup === "" ? resource.version : `${resource.apiGroup}/${resource.version}`;
}
