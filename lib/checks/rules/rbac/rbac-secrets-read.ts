import { bindingPermissionCheck } from "./binding-check";

// Reading Secrets named one by one (resourceNames) is the least-privilege form and does not count;
// list and watch return every value of the namespace, hence they count like get.
const READ = ["get", "list", "watch"];

export const rbacSecretsRead = bindingPermissionCheck({
  id: "rbac-secrets-read",
  title: "Binding lets subjects read Secrets",
  quickWin: "QW5",
  severity: "high",
  cis: "5.1.2",
  why:
    "Secrets hold passwords, API keys and ServiceAccount tokens; whoever can get, list or watch them owns every " +
    "credential in scope, often including more privileged identities.",
  capability: "read Secrets",
  permissions: [[{ verbs: READ, group: "", resource: "secrets", named: "ignore" }]],
});
