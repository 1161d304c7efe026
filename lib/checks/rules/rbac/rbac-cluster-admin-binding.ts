import { bindingLabel, isReportableSubject, subjectLabel, type TBinding, type TRole } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";

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
  title: "cluster-admin (or an equivalent role) bound to non-system subjects",
  quickWin: "QW7",
  severity: "critical",
  cis: "5.1.1",
  why:
    "cluster-admin can do anything to any object: one leaked credential of a holder is a full cluster compromise. " +
    "It should be held by break-glass identities only, never by workloads or day-to-day users.",
  offending: adminSubjects,
  failMessage: (binding, subjects) =>
    `${bindingLabel(binding)} gives ${subjects.map(subjectLabel).join(", ")} full control ` +
    `${binding.kind === "RoleBinding" ? `of namespace \`${binding.namespace}\`` : "of the cluster"} (${binding.roleRef.kind} \`${binding.roleRef.name}\`).`,
  passMessage: (binding) => `${bindingLabel(binding)} does not give cluster-admin rights to a non-system subject.`,
  remedy: "cluster-admin cannot be narrowed. Keep one break-glass path (kubeadm's super-admin.conf, a cloud admin role) before applying.",
});
