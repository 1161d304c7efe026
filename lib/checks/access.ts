// Guarded readers for untrusted objects: they never throw, whatever the input's shape.
import type { TKubeObject, TObjectRef } from "./types";

export type TRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is TRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): TRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asRecords(value: unknown): TRecord[] {
  return asArray(value).filter(isRecord);
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Reads a nested field: get(obj, "spec", "template", "spec"). */
export function get(value: unknown, ...path: (string | number)[]): unknown {
  let node: unknown = value;
  for (const key of path) {
    if (typeof key === "number") node = Array.isArray(node) ? node[key] : undefined;
    else node = isRecord(node) ? node[key] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

export function metadata(object: TKubeObject): TRecord {
  return asRecord(object.metadata) ?? {};
}

export function nameOf(object: TKubeObject): string {
  return asString(metadata(object).name) ?? "";
}

export function namespaceOf(object: TKubeObject): string | undefined {
  return asString(metadata(object).namespace);
}

export function labelsOf(object: TKubeObject): Record<string, string> {
  return stringMap(metadata(object).labels);
}

export function annotationsOf(object: TKubeObject): Record<string, string> {
  return stringMap(metadata(object).annotations);
}

export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(asRecord(value) ?? {})) if (typeof entry === "string") out[key] = entry;
  return out;
}

export function kindOf(object: TKubeObject): string {
  return asString(object.kind) ?? "";
}

export function refOf(object: TKubeObject): TObjectRef {
  const ref: TObjectRef = {
    apiVersion: asString(object.apiVersion) ?? "",
    kind: kindOf(object),
    name: nameOf(object),
  };
  const namespace = namespaceOf(object);
  if (namespace !== undefined) ref.namespace = namespace;
  return ref;
}
