import { bindingLabel } from "../../rbac";
import { bindingSubjectCheck } from "./subject-check";
import { text } from "../../text";

export const rbacSystemMastersBinding = bindingSubjectCheck({
  id: "rbac-system-masters-binding",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.7",
  offending: (binding) => binding.subjects.filter((subject) => subject.kind === "Group" && subject.name === "system:masters"),
  failMessage: (binding) => text("rbacSystemMasters", { binding: bindingLabel(binding) }),
  passMessage: (binding) => text("rbacNoSystemMasters", { binding: bindingLabel(binding) }),
  remedy: text("remedySystemMasters"),
});
