import type { TPermission } from "../../rbac-permissions";
import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

const RBAC_GROUP = "rbac.authorization.k8s.io";
const AUTHENTICATION_GROUP = "authentication.k8s.io";

/**
 * Limiting bind/escalate/impersonate with resourceNames is the documented least-privilege form,
 * unless the named target is itself a top role or a Kubernetes identity (system:masters…).
 */
function privilegedTarget(name: string): boolean {
  return name.startsWith("system:") || ["cluster-admin", "admin", "edit"].includes(name);
}

const PERMISSIONS: readonly TPermission[] = [
  { verbs: ["escalate"], group: RBAC_GROUP, resource: "roles", named: privilegedTarget },
  // Updating a ClusterRole is a cluster-scoped request: only a ClusterRoleBinding can allow it.
  { verbs: ["escalate"], group: RBAC_GROUP, resource: "clusterroles", clusterScoped: true, named: privilegedTarget },
  // `bind` is checked in the namespace of the RoleBinding being written, so a RoleBinding can grant it.
  { verbs: ["bind"], group: RBAC_GROUP, resource: "roles", named: privilegedTarget },
  { verbs: ["bind"], group: RBAC_GROUP, resource: "clusterroles", named: privilegedTarget },
  { verbs: ["impersonate"], group: "", resource: "users", clusterScoped: true, named: privilegedTarget },
  { verbs: ["impersonate"], group: "", resource: "groups", clusterScoped: true, named: privilegedTarget },
  { verbs: ["impersonate"], group: "", resource: "serviceaccounts" },
  { verbs: ["impersonate"], group: AUTHENTICATION_GROUP, resource: "uids", clusterScoped: true },
];

export const rbacEscalateBindImpersonate = bindingPermissionCheck({
  id: "rbac-escalate-bind-impersonate",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.8",
  capability: "escalate, bind or impersonate",
  capabilityText: text("capEscalate"),
  permissions: [PERMISSIONS],
});
