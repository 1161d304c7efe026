// Applies a strategic-merge patch the way `kubectl patch --type strategic` does for the
// fields our remediations touch: maps merge, null deletes a key, lists of named items
// (containers, volumes, env…) merge by name, `$patch: delete` removes a named item, and
// `$retainKeys`-free replacement for every other list.
import { isRecord, type TRecord } from "./access";

const MERGE_KEYS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  env: "name",
  ports: "containerPort",
  imagePullSecrets: "name",
};

function mergeList(key: string, base: unknown[], patch: unknown[]): unknown[] {
  const mergeKey = MERGE_KEYS[key];
  if (!mergeKey || !base.every(isRecord) || !patch.every(isRecord)) return patch.filter((item) => !(isRecord(item) && item.$patch === "delete"));
  const out: unknown[] = base.map((item) => ({ ...(item as TRecord) }));
  for (const item of patch as TRecord[]) {
    const index = out.findIndex((existing) => (existing as TRecord)[mergeKey] === item[mergeKey]);
    if (item.$patch === "delete") {
      if (index >= 0) out.splice(index, 1);
    } else if (index >= 0) {
      out[index] = applyStrategicMergePatch(out[index] as TRecord, item);
    } else {
      out.push(applyStrategicMergePatch({}, item));
    }
  }
  return out;
}

export function applyStrategicMergePatch(target: TRecord, patch: TRecord): TRecord {
  const out: TRecord = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (key === "$patch") continue;
    if (value === null) delete out[key];
    else if (isRecord(value)) out[key] = applyStrategicMergePatch(isRecord(out[key]) ? (out[key] as TRecord) : {}, value);
    else if (Array.isArray(value)) out[key] = mergeList(key, Array.isArray(out[key]) ? (out[key] as unknown[]) : [], value);
    else out[key] = value;
  }
  return out;
}
