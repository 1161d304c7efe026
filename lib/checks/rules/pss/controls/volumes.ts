// hostPath volumes (baseline) and the restricted volume types.
import { asRecord, asRecords, asString, isRecord, type TRecord } from "../../../access";
import type { TPod } from "../pod";
import type { TPssControl, TPssFinding } from "./control";

/** Volume sources restricted allows: those defined through the API, not the node or a network mount. */
export const RESTRICTED_ALLOWED_SOURCES = new Set([
  "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret",
]);

/** Every other in-tree source, in the order upstream names the first one it finds. */
const RESTRICTED_FORBIDDEN_SOURCES = [
  "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd",
  "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
  "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos",
];

export function volumesOf(pod: TPod): TRecord[] {
  return asRecords(pod.spec.volumes);
}

export function hostPathOf(volume: TRecord): string | undefined {
  const source = asRecord(volume.hostPath);
  return source ? (asString(source.path) ?? "") : undefined;
}

/** Baseline: no hostPath volume. */
export const hostPathVolumesControl: TPssControl = {
  id: "hostPathVolumes",
  level: "baseline",
  evaluate: (pod) =>
    volumesOf(pod).flatMap((volume): TPssFinding[] => {
      const path = hostPathOf(volume);
      return path === undefined ? [] : [{ volume: asString(volume.name) ?? "", field: "hostPath.path", value: path }];
    }),
};

/**
 * Restricted: only the allowed sources. A volume naming no known source is what the API
 * server defaults to emptyDir (the upstream fixtures rely on it), so it is allowed.
 */
export const restrictedVolumesControl: TPssControl = {
  id: "restrictedVolumes",
  level: "restricted",
  evaluate: (pod) =>
    volumesOf(pod).flatMap((volume): TPssFinding[] => {
      const present = (key: string) => isRecord(volume[key]);
      if ([...RESTRICTED_ALLOWED_SOURCES].some(present)) return [];
      const type = RESTRICTED_FORBIDDEN_SOURCES.find(present);
      // The source's name only: its settings (flexVolume options…) may carry credentials.
      return type ? [{ volume: asString(volume.name) ?? "", field: "source", value: type }] : [];
    }),
};
