import { bindingLabel } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";
import { text } from "../../text";

export const rbacSystemMastersBinding = bindingSubjectCheck({
  id: "rbac-system-masters-binding",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.7",
  offending: (binding) => binding.subjects.filter((subject) => subject.kind === "Group" && subject.name === "system:masters"),
  failMessage: (binding) => `${bindingLabel(binding)} names the group \`system:masters\`, which bypasses RBAC entirely.`,
  passMessage: (binding) => `${bindingLabel(binding)} does not name system:masters.`,
  remedy: text("remedySystemMasters"),
});
