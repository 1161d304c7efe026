import { bindingPermissionCheck } from "./binding-check";

// `get` counts too: over WebSocket an exec was authorised as `get` until 1.35 enabled the
// AuthorizePodWebsocketUpgradeCreatePermission gate (kubernetes/kubernetes#134577), and older
// clusters or clusters with the gate off still accept it.
const VERBS = ["create", "get"];

export const rbacPodsExecAttach = bindingPermissionCheck({
  id: "rbac-pods-exec-attach",
  title: "Binding grants exec or attach into pods",
  quickWin: "QW7",
  severity: "high",
  why:
    "Exec and attach run commands inside running containers: the holder reads their Secrets and tokens and acts " +
    "with their identity, bypassing everything the image and the deployment pipeline control.",
  capability: "exec or attach into pods",
  permissions: [[
    { verbs: VERBS, group: "", resource: "pods/exec" },
    { verbs: VERBS, group: "", resource: "pods/attach" },
  ]],
});
