import { ANONYMOUS_USER, bindingLabel, PUBLIC_GROUPS, subjectLabel } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";
import { text } from "../../text";

export const rbacAnonymousBinding = bindingSubjectCheck({
  id: "rbac-anonymous-binding",
  quickWin: "QW7",
  severity: "critical",
  offending: (binding) => binding.subjects.filter((subject) =>
    (subject.kind === "User" && subject.name === ANONYMOUS_USER) || (subject.kind === "Group" && PUBLIC_GROUPS.has(subject.name))),
  failMessage: (binding, subjects) =>
    text("rbacGrantsRole", { binding: bindingLabel(binding), roleKind: binding.roleRef.kind, role: binding.roleRef.name, subjects: subjects.map(subjectLabel) }),
  passMessage: (binding) => text("rbacAnonymousNone", { binding: bindingLabel(binding) }),
  remedy: text("remedyAnonymous"),
});
