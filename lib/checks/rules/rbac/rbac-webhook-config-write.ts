import { bindingPermissionCheck } from "./binding-check";

const GROUP = "admissionregistration.k8s.io";
const WRITE = ["create", "update", "patch", "delete", "deletecollection"];

export const rbacWebhookConfigWrite = bindingPermissionCheck({
  id: "rbac-webhook-config-write",
  title: "Binding lets subjects change admission webhooks",
  quickWin: "QW7",
  severity: "high",
  cis: "5.1.12",
  why:
    "Admission webhooks see and may rewrite every object sent to the API server: whoever edits them can disable " +
    "policy enforcement or read and alter Secrets in flight.",
  capability: "change admission webhook configurations",
  permissions: [[
    { verbs: WRITE, group: GROUP, resource: "mutatingwebhookconfigurations", clusterScoped: true },
    { verbs: WRITE, group: GROUP, resource: "validatingwebhookconfigurations", clusterScoped: true },
  ]],
});
