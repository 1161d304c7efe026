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
    `${bindingLabel(binding)} grants ${binding.roleRef.kind} \`${binding.roleRef.name}\` to ${subjects.map(subjectLabel).join(", ")}.`,
  passMessage: (binding) => `${bindingLabel(binding)} does not bind a default ServiceAccount.`,
  remedy: text("remedyDefaultServiceAccount"),
});
