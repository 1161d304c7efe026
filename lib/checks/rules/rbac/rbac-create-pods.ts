import { bindingPermissionCheck } from "./binding-check";

export const rbacCreatePods = bindingPermissionCheck({
  id: "rbac-create-pods",
  title: "Binding lets non-system subjects create pods",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.4",
  why:
    "Whoever can create a pod can run it as any ServiceAccount of the namespace and mount any of its Secrets, " +
    "and, where Pod Security is not enforced, run it privileged on a node: it is a path to the namespace's (or the node's) privileges.",
  capability: "create pods",
  permissions: [[{ verbs: ["create"], group: "", resource: "pods" }]],
});
