// What the collector keeps of each list item, decided the moment its page arrives: the
// apiVersion and kind the API server leaves out of list items; no Secret or ConfigMap value
// (the check engine's redaction, which keeps key names and a verdict per ConfigMap key); and
// neither the last-applied annotation (a full second copy of the object) nor managedFields.
import { asRecord, asString, isRecord } from "../checks/access";
import { configMapKey, LAST_APPLIED, redactConfigMap, redactSecret } from "../checks/redact";
import type { TKubeObject } from "../checks/types";
import { apiVersionOf, type TCollectedResource } from "./resources";

export interface TSanitized {
  object: TKubeObject;
  /** ConfigMaps only: "namespace/name" and, per key, why its value looked like a secret ("" = it did not). */
  redaction?: { key: string; verdicts: Record<string, string> };
}

/** Takes ownership of `raw` (freshly parsed JSON) and may change it in place. */
export function sanitizeItem(resource: TCollectedResource, raw: unknown): TSanitized | undefined {
  if (!isRecord(raw)) return undefined;
  const { apiVersion, kind, ...rest } = raw;
  const object: TKubeObject = { apiVersion: asString(apiVersion) ?? apiVersionOf(resource), kind: asString(kind) ?? resource.kind, ...rest };
  const meta = asRecord(object.metadata);
  if (meta) {
    const annotations = asRecord(meta.annotations);
    if (annotations) delete annotations[LAST_APPLIED];
    // Often half an object's size, and read by one check only: Secret rotation (write times;
    // for a Secret it names keys, never values).
    if (resource.kind !== "Secret") delete meta.managedFields;
  }
  if (resource.kind === "Secret") return { object: redactSecret(object) };
  if (resource.kind === "ConfigMap") {
    const { object: redacted, verdicts } = redactConfigMap(object);
    return { object: redacted, redaction: { key: configMapKey(object), verdicts } };
  }
  return { object };
}
