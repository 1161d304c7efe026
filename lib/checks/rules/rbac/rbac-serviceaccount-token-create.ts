import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

export const rbacServiceAccountTokenCreate = bindingPermissionCheck({
  id: "rbac-serviceaccount-token-create",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.13",
  capability: "create ServiceAccount tokens",
  capabilityText: text("capCreateTokens"),
  permissions: [[{ verbs: ["create"], group: "", resource: "serviceaccounts/token" }]],
});
