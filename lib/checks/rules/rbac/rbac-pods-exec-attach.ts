import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

// `get` counts too: over WebSocket an exec was authorised as `get` until 1.35 enabled the
// AuthorizePodWebsocketUpgradeCreatePermission gate (kubernetes/kubernetes#134577), and older
// clusters or clusters with the gate off still accept it.
const VERBS = ["create", "get"];

export const rbacPodsExecAttach = bindingPermissionCheck({
  id: "rbac-pods-exec-attach",
  quickWin: "QW7",
  severity: "high",
  capability: "exec or attach into pods",
  capabilityText: text("capExecAttach"),
  permissions: [[
    { verbs: VERBS, group: "", resource: "pods/exec" },
    { verbs: VERBS, group: "", resource: "pods/attach" },
  ]],
});
