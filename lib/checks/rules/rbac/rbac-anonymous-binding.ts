import { ANONYMOUS_USER, bindingLabel, PUBLIC_GROUPS, subjectLabel } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";

export const rbacAnonymousBinding = bindingSubjectCheck({
  id: "rbac-anonymous-binding",
  title: "Binding grants access to anonymous or all authenticated users",
  quickWin: "QW7",
  severity: "critical",
  why:
    "system:anonymous and system:unauthenticated are anyone who reaches the API server; system:authenticated is " +
    "anyone holding any credential (on some managed clusters, any account of the cloud provider). Granting them " +
    "access hands it to strangers.",
  offending: (binding) => binding.subjects.filter((subject) =>
    (subject.kind === "User" && subject.name === ANONYMOUS_USER) || (subject.kind === "Group" && PUBLIC_GROUPS.has(subject.name))),
  failMessage: (binding, subjects) =>
    `${bindingLabel(binding)} grants ${binding.roleRef.kind} \`${binding.roleRef.name}\` to ${subjects.map(subjectLabel).join(", ")}.`,
  passMessage: (binding) => `${bindingLabel(binding)} does not grant anything to anonymous or all-authenticated callers.`,
  remedy: "Public groups must only receive the discovery roles Kubernetes binds itself.",
});
