// The objects the fake API server serves, indexed per resource type and sorted by namespace and
// name (the order etcd keys give a real server), with a resourceVersion and uid on every object.
import { createHash } from "node:crypto";
import { asString, isRecord, metadata } from "../../checks/access";
import type { TKubeObject, TSnapshot } from "../../checks/types";
import { apiVersionOf, type TCollectedResource } from "../resources";
import { buildCatalog, type TCatalog } from "./catalog";

export interface TStoredObject {
  namespace: string;
  name: string;
  /** The object as a GET returns it: apiVersion and kind set. */
  object: TKubeObject;
}

export interface TStore {
  catalog: TCatalog;
  /** Current resourceVersion of the whole store (a list's metadata.resourceVersion). */
  resourceVersion: string;
  objectsOf(type: TCollectedResource): readonly TStoredObject[];
  /** Objects of a kind no served type covers (core kinds the server does not know). */
  skipped: number;
}

function uidFor(kind: string, namespace: string, name: string): string {
  const hex = createHash("sha256").update(`${kind}/${namespace}/${name}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function createStore(snapshot: TSnapshot): TStore {
  const catalog = buildCatalog(snapshot.objects);
  const byKind = new Map<string, TStoredObject[]>();
  let counter = 1000;
  let skipped = 0;
  for (const [kind, list] of Object.entries(snapshot.objects)) {
    const type = catalog.byKind.get(kind);
    if (!type) {
      skipped += list.length;
      continue;
    }
    const stored: TStoredObject[] = [];
    for (const source of list) {
      if (!isRecord(source)) continue;
      const meta = metadata(source);
      const name = asString(meta.name) ?? "";
      const namespace = type.namespaced ? (asString(meta.namespace) ?? "default") : "";
      counter += 1;
      // A copy, so the caller's snapshot is never changed; the API server always fills these in.
      const object: TKubeObject = {
        ...source,
        apiVersion: apiVersionOf(type),
        kind: type.kind,
        metadata: {
          ...meta,
          ...(type.namespaced ? { namespace } : {}),
          uid: asString(meta.uid) ?? uidFor(kind, namespace, name),
          resourceVersion: asString(meta.resourceVersion) ?? String(counter),
        },
      };
      stored.push({ namespace, name, object });
    }
    stored.sort((a, b) => (a.namespace === b.namespace ? compare(a.name, b.name) : compare(a.namespace, b.namespace)));
    byKind.set(kind, stored);
  }
  return {
    catalog,
    resourceVersion: String(counter),
    objectsOf: (type) => byKind.get(type.kind) ?? [],
    skipped,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
