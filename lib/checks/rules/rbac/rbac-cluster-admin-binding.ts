import { bindingLabel, isReportableSubject, subjectLabel, type TBinding, type TRole } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";
import { text } from "../../text";

/** cluster-admin itself, or a custom role that grants every verb on every resource of every group. */
function isClusterAdminLike(role: TRole | undefined, roleName: string): boolean {
  if (roleName === "cluster-admin") return true;
  return !!role && role.rules.some((rule) => rule.verbs.includes("*") && rule.apiGroups.includes("*") && rule.resources.includes("*"));
}

function adminSubjects(binding: TBinding) {
  if (binding.roleRef.kind !== "ClusterRole" && binding.roleRef.kind !== "Role") return [];
  return isClusterAdminLike(binding.role, binding.roleRef.name) ? binding.subjects.filter(isReportableSubject) : [];
}

export const rbacClusterAdminBinding = bindingSubjectCheck({
  id: "rbac-cluster-admin-binding",
  quickWin: "QW7",
  severity: "critical",
  cis: "5.1.1",
  offending: adminSubjects,
  failMessage: (binding, subjects) =>
    text("rbacFullControl", {
      binding: bindingLabel(binding),
      subjects: subjects.map(subjectLabel),
      scope: binding.kind === "RoleBinding" ? "namespace" : "cluster",
      namespace: binding.namespace ?? "",
      roleKind: binding.roleRef.kind,
      role: binding.roleRef.name,
    }),
  passMessage: (binding) => text("rbacClusterAdminNone", { binding: bindingLabel(binding) }),
  remedy: text("remedyClusterAdmin"),
});
