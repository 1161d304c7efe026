import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

export const rbacNodesProxy = bindingPermissionCheck({
  id: "rbac-nodes-proxy",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.10",
  capability: "access nodes/proxy",
  capabilityText: text("capNodesProxy"),
  permissions: [[{ verbs: ["get", "create", "update", "patch", "delete"], group: "", resource: "nodes/proxy", clusterScoped: true }]],
});
