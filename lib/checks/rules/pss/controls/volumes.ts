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
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    for (const volume of volumesOf(pod)) {
      const path = hostPathOf(volume);
      if (path !== undefined) findings.push({ volume: asString(volume.name) ?? "", field: "hostPath.path", value: path });
    }
    return findings;
  },
};

/**
 * Restricted: only the allowed sources. A volume naming no known source is what the API
 * server defaults to emptyDir (the upstream fixtures rely on it), so it is allowed.
 */
export const restrictedVolumesControl: TPssControl = {
  id: "restrictedVolumes",
  level: "restricted",
  evaluate: (pod) => {
    const findings: TPssFinding[] = [];
    volumes: for (const volume of volumesOf(pod)) {
      for (const source of RESTRICTED_ALLOWED_SOURCES) if (isRecord(volume[source])) continue volumes;
      const type = RESTRICTED_FORBIDDEN_SOURCES.find((key) => isRecord(volume[key]));
      // The source's name only: its settings (flexVolume options…) may carry credentials.
      if (type) findings.push({ volume: asString(volume.name) ?? "", field: "source", value: type });
    }
    return findings;
  },
};
