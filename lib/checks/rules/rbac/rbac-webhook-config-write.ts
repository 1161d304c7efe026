import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

const GROUP = "admissionregistration.k8s.io";
const WRITE = ["create", "update", "patch", "delete", "deletecollection"];

export const rbacWebhookConfigWrite = bindingPermissionCheck({
  id: "rbac-webhook-config-write",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.12",
  capability: "change admission webhook configurations",
  capabilityText: text("capWebhookConfigs"),
  permissions: [[
    { verbs: WRITE, group: GROUP, resource: "mutatingwebhookconfigurations", clusterScoped: true },
    { verbs: WRITE, group: GROUP, resource: "validatingwebhookconfigurations", clusterScoped: true },
  ]],
});
