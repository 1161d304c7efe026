import { bindingLabel, subjectLabel } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";
import { text } from "../../text";

export const rbacDefaultServiceAccountBound = bindingSubjectCheck({
  id: "rbac-default-service-account-bound",
  quickWin: "QW7",
  severity: "medium",
  cis: "5.1.5",
  offending: (binding) => binding.subjects.filter((subject) => subject.kind === "ServiceAccount" && subject.name === "default"),
  failMessage: (binding, subjects) =>
    text("rbacGrantsRole", { binding: bindingLabel(binding), roleKind: binding.roleRef.kind, role: binding.roleRef.name, subjects: subjects.map(subjectLabel) }),
  passMessage: (binding) => text("rbacDefaultServiceAccountNone", { binding: bindingLabel(binding) }),
  remedy: text("remedyDefaultServiceAccount"),
});
