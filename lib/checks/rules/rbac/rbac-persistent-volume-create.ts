import { bindingPermissionCheck } from "./binding-check";

export const rbacPersistentVolumeCreate = bindingPermissionCheck({
  id: "rbac-persistent-volume-create",
  title: "Binding lets subjects create PersistentVolumes",
  quickWin: "QW7",
  severity: "medium",
  cis: "5.1.9",
  why:
    "A PersistentVolume can point at a hostPath on a node; whoever creates one and claims it mounts the node's " +
    "filesystem into a pod, escaping the restrictions Pod Security puts on hostPath volumes.",
  capability: "create PersistentVolumes",
  permissions: [[{ verbs: ["create"], group: "", resource: "persistentvolumes", clusterScoped: true }]],
});
