import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

// Reading Secrets named one by one (resourceNames) is the least-privilege form and does not count;
// list and watch return every value of the namespace, hence they count like get.
const READ = ["get", "list", "watch"];

export const rbacSecretsRead = bindingPermissionCheck({
  id: "rbac-secrets-read",
  quickWin: "QW5",
  severity: "high",
  cis: "5.1.2",
  capability: "read Secrets",
  capabilityText: text("capReadSecrets"),
  permissions: [[{ verbs: READ, group: "", resource: "secrets", named: "ignore" }]],
});
