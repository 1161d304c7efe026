import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

export const rbacCreatePods = bindingPermissionCheck({
  id: "rbac-create-pods",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.4",
  capability: "create pods",
  capabilityText: text("capCreatePods"),
  permissions: [[{ verbs: ["create"], group: "", resource: "pods" }]],
});
