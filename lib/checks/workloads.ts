// Pod-bearing objects, evaluated once at their top controller: a Pod owned by a ReplicaSet
// owned by a Deployment is reported on the Deployment; a bare Pod is reported itself.
import { asRecord, asRecords, asString, get, kindOf, metadata, nameOf, namespaceOf, refOf, type TRecord } from "./access";
import { memoize1 } from "./memo";
import { text, type TText } from "./text";
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
  /**
   * "Deployment `web`" (kind and name), built once: several checks start a message with it for
   * every workload.
   */
  label: string;
}

export interface TContainer {
  /** "containers" | "initContainers" | "ephemeralContainers" */
  list: "containers" | "initContainers" | "ephemeralContainers";
  name: string;
  spec: TRecord;
}

const initContainerLabel = memoize1((name: string) => text("containerLabel", { list: "initContainers", name }));
const ephemeralContainerLabel = memoize1((name: string) => text("containerLabel", { list: "ephemeralContainers", name }));
const regularContainerLabel = memoize1((name: string) => text("containerLabel", { list: "containers", name }));

/** "Container `web`", "Init container `migrate`" as a text: one shared text per name (see memo.ts). */
export function containerLabel(container: TContainer): TText {
  const label = container.list === "initContainers" ? initContainerLabel : container.list === "ephemeralContainers" ? ephemeralContainerLabel : regularContainerLabel;
  return label(container.name);
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

/**
 * The string-valued entries of a record, as Object.fromEntries(Object.entries(…).filter(…))
 * built them (an own "__proto__" key included), without the two arrays per workload.
 */
function stringEntries(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const record = asRecord(value);
  if (!record) return out;
  for (const key of Object.keys(record)) {
    const entry = record[key];
    if (typeof entry !== "string") continue;
    if (key === "__proto__") Object.defineProperty(out, key, { value: entry, enumerable: true, writable: true, configurable: true });
    else out[key] = entry;
  }
  return out;
}

function ownerKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ""}/${name}`;
}

const POD_BEARING = new Set<string>(POD_BEARING_KINDS);

/**
 * Which pod-bearing objects a snapshot holds, answering exactly what comparing the keys
 * `${kind}/${namespace}/${name}` answers, without building a key per object and per owner
 * reference (~0.2 s per evaluation of the large benchmark: 85,000 objects, 65,000 references,
 * CPU profile). A kind
 * is indexed (namespace, then name) the first time a reference names it, so the 50,000 Pods
 * are never indexed: nothing owns a Pod. When no part of a reference contains "/", the keys are
 * equal exactly when kind, namespace and name are (listed kinds contain no "/"); otherwise the
 * keys themselves are compared.
 */
class PresentObjects {
  private readonly byKind = new Map<string, Map<string, Set<string>>>();
  private keys: Set<string> | undefined;

  constructor(private readonly snapshot: TSnapshot) {}

  has(kind: string, namespace: string | undefined, name: string): boolean {
    if (kind.includes("/") || (namespace ?? "").includes("/") || name.includes("/")) return this.allKeys().has(ownerKey(kind, namespace, name));
    if (!POD_BEARING.has(kind)) return false;
    return this.index(kind).get(namespace ?? "")?.has(name) ?? false;
  }

  private index(kind: string): Map<string, Set<string>> {
    let index = this.byKind.get(kind);
    if (!index) {
      index = new Map();
      for (const object of this.snapshot.objects[kind] ?? []) {
        const namespace = namespaceOf(object) ?? "";
        const names = index.get(namespace);
        if (names) names.add(nameOf(object));
        else index.set(namespace, new Set([nameOf(object)]));
      }
      this.byKind.set(kind, index);
    }
    return index;
  }

  private allKeys(): Set<string> {
    if (!this.keys) {
      this.keys = new Set();
      for (const kind of POD_BEARING_KINDS) {
        for (const object of this.snapshot.objects[kind] ?? []) this.keys.add(ownerKey(kind, namespaceOf(object), nameOf(object)));
      }
    }
    return this.keys;
  }
}

/**
 * Every pod-bearing object that is not owned by another pod-bearing object present in the
 * snapshot. Owner references to absent objects (a Deployment we could not list) leave the
 * child as the top: it is still evaluated, never silently dropped.
 */
export function topWorkloads(snapshot: TSnapshot): TWorkload[] {
  const present = new PresentObjects(snapshot);
  const out: TWorkload[] = [];
  for (const kind of POD_BEARING_KINDS) {
    for (const object of snapshot.objects[kind] ?? []) {
      const owners = asRecords(metadata(object).ownerReferences);
      const ownedByPresent = owners.some((owner) => present.has(asString(owner.kind) ?? "", namespaceOf(object), asString(owner.name) ?? ""));
      if (ownedByPresent) continue;
      const podMetadata = templateMetadata(object);
      const ref = refOf(object);
      out.push({
        object,
        ref,
        kind,
        podSpec: asRecord(get(object, ...podSpecPath(kind))),
        podLabels: stringEntries(podMetadata.labels),
        podMetadata,
        label: `${kind} \`${ref.name}\``,
      });
    }
  }
  return out;
}

// The two wrappers below spell out podSpecPath's shapes as literals: most failing pod-level
// results carry such a patch (~180,000 in the large benchmark), and folding the path into
// computed-key objects (reduceRight) took 3-6% of the benchmark's CPU profile.

/** Wraps a pod-spec fragment at the right depth for a strategic-merge patch of `kind`. */
export function podSpecPatch(kind: string, fragment: TRecord): TRecord {
  if (kind === "Pod") return { spec: fragment };
  if (kind === "CronJob") return { spec: { jobTemplate: { spec: { template: { spec: fragment } } } } };
  return { spec: { template: { spec: fragment } } };
}

/**
 * `{ [list]: entries }` as literals: a computed key costs a runtime call per object, and the
 * image and resource checks build one for each of their ~75,000 fails in the large benchmark.
 */
export function containerListPatch(list: TContainer["list"], entries: TRecord[]): TRecord {
  if (list === "containers") return { containers: entries };
  if (list === "initContainers") return { initContainers: entries };
  return { ephemeralContainers: entries };
}

/** Wraps a pod-metadata fragment (annotations, labels) for `kind`. */
export function podMetadataPatch(kind: string, fragment: TRecord): TRecord {
  if (kind === "Pod") return { metadata: fragment };
  if (kind === "CronJob") return { spec: { jobTemplate: { spec: { template: { metadata: fragment } } } } };
  return { spec: { template: { metadata: fragment } } };
}
