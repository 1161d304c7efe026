import { bindingPermissionCheck } from "./binding-check";
import { text } from "../../text";

export const rbacPersistentVolumeCreate = bindingPermissionCheck({
  id: "rbac-persistent-volume-create",
  quickWin: "QW7",
  severity: "medium",
  cis: "5.1.9",
  capability: "create PersistentVolumes",
  capabilityText: text("capCreatePersistentVolumes"),
  permissions: [[{ verbs: ["create"], group: "", resource: "persistentvolumes", clusterScoped: true }]],
});
