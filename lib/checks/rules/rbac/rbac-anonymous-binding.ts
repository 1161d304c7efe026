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
    `${bindingLabel(binding)} grants ${binding.roleRef.kind} \`${binding.roleRef.name}\` to ${subjects.map(subjectLabel).join(", ")}.`,
  passMessage: (binding) => `${bindingLabel(binding)} does not grant anything to anonymous or all-authenticated callers.`,
  remedy: text("remedyAnonymous"),
});
