import { bindingPermissionCheck } from "./binding-check";

export const rbacNodesProxy = bindingPermissionCheck({
  id: "rbac-nodes-proxy",
  title: "Binding grants access to the nodes/proxy subresource",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.10",
  why:
    "nodes/proxy reaches the kubelet API of every node directly, outside API-server audit and admission: " +
    "even `get` is enough to run commands in any pod of a node over WebSocket.",
  capability: "access nodes/proxy",
  permissions: [[{ verbs: ["get", "create", "update", "patch", "delete"], group: "", resource: "nodes/proxy", clusterScoped: true }]],
});
