import { bindingPermissionCheck } from "./binding-check";

export const rbacServiceAccountTokenCreate = bindingPermissionCheck({
  id: "rbac-serviceaccount-token-create",
  title: "Binding lets subjects mint ServiceAccount tokens",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.13",
  why:
    "Creating serviceaccounts/token issues a token for a ServiceAccount, so the holder acts with that account's " +
    "permissions for as long as the token lives.",
  capability: "create ServiceAccount tokens",
  permissions: [[{ verbs: ["create"], group: "", resource: "serviceaccounts/token" }]],
});
