import { bindingLabel, subjectLabel } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";

export const rbacDefaultServiceAccountBound = bindingSubjectCheck({
  id: "rbac-default-service-account-bound",
  title: "Binding grants permissions to a default ServiceAccount",
  quickWin: "QW7",
  severity: "medium",
  cis: "5.1.5",
  why:
    "Every pod that names no ServiceAccount runs as `default`: permissions granted to it go to all of them, " +
    "including pods that never needed API access. Workloads that need access should get their own account.",
  offending: (binding) => binding.subjects.filter((subject) => subject.kind === "ServiceAccount" && subject.name === "default"),
  failMessage: (binding, subjects) =>
    `${bindingLabel(binding)} grants ${binding.roleRef.kind} \`${binding.roleRef.name}\` to ${subjects.map(subjectLabel).join(", ")}.`,
  passMessage: (binding) => `${bindingLabel(binding)} does not bind a default ServiceAccount.`,
  remedy: "Default ServiceAccounts are shared by every pod of the namespace that names no account.",
});
