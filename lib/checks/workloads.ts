// Pod-bearing objects, evaluated once at their top controller: a Pod owned by a ReplicaSet
// owned by a Deployment is reported on the Deployment; a bare Pod is reported itself.
import { asRecord, asRecords, asString, get, kindOf, metadata, nameOf, namespaceOf, refOf, type TRecord } from "./access";
import type { TKubeObject, TObjectRef, TSnapshot } from "./types";

export const POD_BEARING_KINDS = [
  "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob",
] as const;

/** Where the pod spec sits inside each kind. */
export function podSpecPath(kind: string): string[] {
  if (kind === "Pod") return ["spec"];
  if (kind === "CronJob") return ["spec", "jobTemplate", "spec", "template", "spec"];
  return ["spec", "template", "spec"];
}

export interface TWorkload {
  object: TKubeObject;
  ref: TObjectRef;
  kind: string;
  /** The pod spec (possibly malformed: read it through the guarded accessors). */
  podSpec: TRecord | undefined;
  /** Labels the pods get: template labels, or the Pod's own. */
  podLabels: Record<string, string>;
  /** Metadata of the pod (template) — annotations such as AppArmor live there. */
  podMetadata: TRecord;
}

export interface TContainer {
  /** "containers" | "initContainers" | "ephemeralContainers" */
  list: "containers" | "initContainers" | "ephemeralContainers";
  name: string;
  spec: TRecord;
}

export function containersOf(podSpec: TRecord | undefined): TContainer[] {
  if (!podSpec) return [];
  const out: TContainer[] = [];
  for (const list of ["initContainers", "containers", "ephemeralContainers"] as const) {
    for (const spec of asRecords(podSpec[list])) out.push({ list, name: asString(spec.name) ?? "", spec });
  }
  return out;
}

function templateMetadata(object: TKubeObject): TRecord {
  const kind = kindOf(object);
  if (kind === "Pod") return metadata(object);
  const path = podSpecPath(kind).slice(0, -1);
  return asRecord(get(object, ...path, "metadata")) ?? {};
}

function ownerKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ""}/${name}`;
}

/**
 * Every pod-bearing object that is not owned by another pod-bearing object present in the
 * snapshot. Owner references to absent objects (a Deployment we could not list) leave the
 * child as the top: it is still evaluated, never silently dropped.
 */
export function topWorkloads(snapshot: TSnapshot): TWorkload[] {
  const present = new Set<string>();
  for (const kind of POD_BEARING_KINDS) {
    for (const object of snapshot.objects[kind] ?? []) present.add(ownerKey(kind, namespaceOf(object), nameOf(object)));
  }
  const out: TWorkload[] = [];
  for (const kind of POD_BEARING_KINDS) {
    for (const object of snapshot.objects[kind] ?? []) {
      const owners = asRecords(metadata(object).ownerReferences);
      const ownedByPresent = owners.some((owner) =>
        present.has(ownerKey(asString(owner.kind) ?? "", namespaceOf(object), asString(owner.name) ?? "")),
      );
      if (ownedByPresent) continue;
      const podMetadata = templateMetadata(object);
      out.push({
        object,
        ref: refOf(object),
        kind,
        podSpec: asRecord(get(object, ...podSpecPath(kind))),
        podLabels: Object.fromEntries(
          Object.entries(asRecord(podMetadata.labels) ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
        ),
        podMetadata,
      });
    }
  }
  return out;
}

/** Wraps a pod-spec fragment at the right depth for a strategic-merge patch of `kind`. */
export function podSpecPatch(kind: string, fragment: TRecord): TRecord {
  return podSpecPath(kind).reduceRight<TRecord>((inner, key) => ({ [key]: inner }), fragment);
}

/** Wraps a pod-metadata fragment (annotations, labels) for `kind`. */
export function podMetadataPatch(kind: string, fragment: TRecord): TRecord {
  if (kind === "Pod") return { metadata: fragment };
  return podSpecPath(kind).slice(0, -1).reduceRight<TRecord>((inner, key) => ({ [key]: inner }), { metadata: fragment });
}
