import { bindingLabel } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";

export const rbacSystemMastersBinding = bindingSubjectCheck({
  id: "rbac-system-masters-binding",
  title: "Binding names the system:masters group",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.7",
  why:
    "Members of system:masters bypass RBAC and every webhook authorizer, and the membership comes from client " +
    "certificates that cannot be revoked. A binding naming the group shows access being organised around it.",
  offending: (binding) => binding.subjects.filter((subject) => subject.kind === "Group" && subject.name === "system:masters"),
  failMessage: (binding) => `${bindingLabel(binding)} names the group \`system:masters\`, which bypasses RBAC entirely.`,
  passMessage: (binding) => `${bindingLabel(binding)} does not name system:masters.`,
  remedy: "Access must not rely on system:masters, whose members cannot be restricted or revoked.",
});
