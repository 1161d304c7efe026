// What the fake API server serves: the collector's resource types (custom ones only when their
// CRD or objects exist, as on a real cluster), plus any other custom kind found in the input.
import { asString, get, isRecord } from "../../checks/access";
import type { TKubeObject } from "../../checks/types";
import { isCustomResource } from "../custom-resources";
import { apiVersionOf, COLLECTED_RESOURCES, type TCollectedResource } from "../resources";

export interface TCatalog {
  types: TCollectedResource[];
  /** "group/version" (or "v1") → types in it. */
  byGroupVersion: Map<string, TCollectedResource[]>;
  byKind: Map<string, TCollectedResource>;
  find(group: string, version: string, plural: string): TCollectedResource | undefined;
}

function splitApiVersion(apiVersion: string): { apiGroup: string; version: string } {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? { apiGroup: "", version: apiVersion } : { apiGroup: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** A custom type as its CRD declares it (first served version). */
function typeFromCrd(crd: TKubeObject): TCollectedResource | undefined {
  const apiGroup = asString(get(crd, "spec", "group"));
  const plural = asString(get(crd, "spec", "names", "plural"));
  const kind = asString(get(crd, "spec", "names", "kind"));
  const versions = get(crd, "spec", "versions");
  const served = Array.isArray(versions) ? versions.find((entry) => isRecord(entry) && entry.served !== false) : undefined;
  const version = isRecord(served) ? asString(served.name) : undefined;
  if (!apiGroup || !plural || !kind || !version) return undefined;
  return { kind, apiGroup, version, plural, namespaced: get(crd, "spec", "scope") !== "Cluster" };
}

export function buildCatalog(objects: Record<string, TKubeObject[]>): TCatalog {
  const crdTypes = (objects.CustomResourceDefinition ?? []).map(typeFromCrd).filter((type) => type !== undefined);
  const types: TCollectedResource[] = [];
  const add = (type: TCollectedResource) => {
    if (!types.some((known) => known.kind === type.kind)) types.push(type);
  };
  for (const type of COLLECTED_RESOURCES) {
    const installed = !isCustomResource(type) || crdTypes.some((crd) => crd.kind === type.kind) || (objects[type.kind]?.length ?? 0) > 0;
    if (installed) add(type);
  }
  crdTypes.forEach(add);
  // Objects of a custom kind with neither CRD nor table entry: serve them under their apiVersion.
  for (const [kind, list] of Object.entries(objects)) {
    const apiVersion = asString(list[0]?.apiVersion);
    if (!apiVersion || types.some((type) => type.kind === kind)) continue;
    const type = { kind, ...splitApiVersion(apiVersion), plural: `${kind.toLowerCase()}s`, namespaced: asString(get(list[0], "metadata", "namespace")) !== undefined };
    if (isCustomResource(type)) add(type);
  }
  const byGroupVersion = new Map<string, TCollectedResource[]>();
  for (const type of types) {
    const key = apiVersionOf(type);
    byGroupVersion.set(key, [...(byGroupVersion.get(key) ?? []), type]);
  }
  return {
    types,
    byGroupVersion,
    byKind: new Map(types.map((type) => [type.kind, type])),
    find: (group, version, plural) => types.find((type) => type.apiGroup === group && type.version === version && type.plural === plural),
  };
}
