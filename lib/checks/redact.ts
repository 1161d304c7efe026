// Secret values are dropped the moment they arrive: from a live cluster (the collector) or from
// a bundle of manifests. Secrets keep metadata, type and key names; ConfigMaps keep key names and
// a verdict per key (does the value look like a credential, and why), never the value.
import { asRecord, isRecord, nameOf, namespaceOf, type TRecord } from "./access";
import { configEntrySecretReason } from "./rules/secrets/patterns";
import type { TKubeObject, TSnapshot } from "./types";

/** kubectl keeps the whole applied object (Secret values included) in this annotation. */
export const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

function blankValues(value: unknown): Record<string, string> | undefined {
  const record = asRecord(value);
  return record ? Object.fromEntries(Object.keys(record).map((key) => [key, ""])) : undefined;
}

function withoutLastApplied(object: TKubeObject): TKubeObject {
  const metadata = asRecord(object.metadata);
  const annotations = asRecord(metadata?.annotations);
  if (!metadata || !annotations || !(LAST_APPLIED in annotations)) return object;
  const { [LAST_APPLIED]: _dropped, ...rest } = annotations;
  return { ...object, metadata: { ...metadata, annotations: rest } };
}

export function redactSecret(object: TKubeObject): TKubeObject {
  const out: TRecord = { ...withoutLastApplied(object) };
  for (const field of ["data", "stringData"]) {
    if (field in out) out[field] = blankValues(out[field]) ?? {};
  }
  return out as TKubeObject;
}

/** Returns the ConfigMap without values, and the verdict for each key. */
export function redactConfigMap(object: TKubeObject): { object: TKubeObject; verdicts: Record<string, string> } {
  const out: TRecord = { ...withoutLastApplied(object) };
  const verdicts: Record<string, string> = {};
  for (const field of ["data", "binaryData"]) {
    const values = asRecord(out[field]);
    if (!values) continue;
    for (const [key, value] of Object.entries(values)) {
      verdicts[key] = field === "data" && typeof value === "string" ? (configEntrySecretReason(key, value) ?? "") : "";
    }
    out[field] = blankValues(values);
  }
  return { object: out as TKubeObject, verdicts };
}

export function configMapKey(object: TKubeObject): string {
  return `${namespaceOf(object) ?? ""}/${nameOf(object)}`;
}

/** A copy of the snapshot with every Secret and ConfigMap value removed (verdicts kept). */
export function redactSnapshot(snapshot: TSnapshot): TSnapshot {
  const objects = { ...snapshot.objects };
  const configMaps: Record<string, Record<string, string>> = { ...(snapshot.redactions?.configMaps ?? {}) };
  if (objects.Secret) objects.Secret = objects.Secret.map((object) => (isRecord(object) ? redactSecret(object) : object));
  if (objects.ConfigMap) {
    objects.ConfigMap = objects.ConfigMap.map((object) => {
      if (!isRecord(object)) return object;
      const { object: redacted, verdicts } = redactConfigMap(object);
      configMaps[configMapKey(object)] = verdicts;
      return redacted;
    });
  }
  return { ...snapshot, objects, redactions: { configMaps } };
}
