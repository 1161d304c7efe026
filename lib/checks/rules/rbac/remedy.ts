// Remediations shared by the RBAC checks. A custom role is narrowed in place (a patch of its
// `rules`, a list the API replaces whole); a role Kubernetes provides (cluster-admin, edit…) or an
// aggregated one (its rules are rewritten by a controller) cannot be, so the binding loses the
// subjects instead (`subjects` is also replaced whole; roleRef is immutable, hence no re-pointing).
import { subjectLabel, type TBinding, type TSubject } from "../../rbac";
import { ruleObject, withoutPermissions } from "../../rbac-narrow";
import { rulesGrant, type TPermission } from "../../rbac-permissions";
import { text, type TText } from "../../text";
import type { TRemediation } from "../../types";

export const RBAC_KINDS = ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"];

/** A patch of the binding that keeps every subject except `remove`. */
export function removeSubjects(binding: TBinding, remove: readonly TSubject[], why: TText): TRemediation {
  const removed = new Set(remove.map((subject) => subject.raw));
  const kept = binding.subjects.filter((subject) => !removed.has(subject.raw)).map((subject) => subject.raw);
  const patch = { subjects: kept };
  return {
    type: "patch",
    target: binding.ref,
    patch,
    note: text("removeSubjects", { why, subjects: remove.map(subjectLabel).join(", ") }),
  };
}

/**
 * Takes `permissions` away from what `binding` grants: narrows the role when it is ours to edit
 * and the narrowed rules really drop the capability, else unbinds `subjects`.
 */
export function revokePermissions(binding: TBinding, permissions: readonly TPermission[], subjects: readonly TSubject[], capability: TText): TRemediation {
  const role = binding.role;
  if (role && role.object && !role.builtIn && !role.systemProvided && !role.aggregated) {
    const rules = withoutPermissions(role.ownRules, permissions);
    if (permissions.every((permission) => !rulesGrant(rules, permission))) {
      const patch = { rules: rules.map(ruleObject) };
      return {
        type: "patch",
        target: role.ref,
        patch,
        note: text("narrowRole", { kind: role.kind, name: role.name, capability }),
      };
    }
  }
  return removeSubjects(binding, subjects, text("roleNotNarrowable", { kind: binding.roleRef.kind, name: binding.roleRef.name }));
}
