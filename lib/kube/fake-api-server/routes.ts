// Maps a request path onto what the fake API server serves, the way kube-apiserver lays out
// its REST paths: /api/v1/…, /apis/<group>/<version>/…, namespaced under namespaces/<ns>/.
import type { TCollectedResource } from "../resources";
import type { TCatalog } from "./catalog";

export type TRoute =
  | { type: "version" }
  | { type: "coreVersions" }
  | { type: "groupList" }
  | { type: "group"; group: string }
  | { type: "resourceList"; groupVersion: string }
  | { type: "review"; review: "rules" | "access" }
  | { type: "list"; resource: TCollectedResource; namespace?: string }
  | { type: "get"; resource: TCollectedResource; namespace?: string; name: string }
  | { type: "notFound" };

const REVIEWS: Record<string, "rules" | "access"> = { selfsubjectrulesreviews: "rules", selfsubjectaccessreviews: "access" };

export function route(catalog: TCatalog, path: string): TRoute {
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 1 && parts[0] === "version") return { type: "version" };
  if (parts[0] === "api") {
    if (parts.length === 1) return { type: "coreVersions" };
    if (parts[1] !== "v1") return { type: "notFound" };
    return resourceRoute(catalog, "", "v1", parts.slice(2));
  }
  if (parts[0] === "apis") {
    if (parts.length === 1) return { type: "groupList" };
    if (parts.length === 2) return { type: "group", group: parts[1]! };
    const [, group, version] = parts as [string, string, string];
    if (group === "authorization.k8s.io" && version === "v1" && parts.length === 4 && REVIEWS[parts[3]!]) return { type: "review", review: REVIEWS[parts[3]!]! };
    return resourceRoute(catalog, group, version, parts.slice(3));
  }
  return { type: "notFound" };
}

function resourceRoute(catalog: TCatalog, group: string, version: string, rest: string[]): TRoute {
  if (rest.length === 0) return { type: "resourceList", groupVersion: group ? `${group}/${version}` : version };
  let namespace: string | undefined;
  let tail = rest;
  // namespaces/<ns>/<plural>[/<name>] — but namespaces/<name> alone is a Namespace object.
  if (rest[0] === "namespaces" && rest.length >= 3) {
    namespace = rest[1];
    tail = rest.slice(2);
  }
  if (tail.length > 2) return { type: "notFound" }; // subresources (status, log, exec…) are not served
  const resource = catalog.find(group, version, tail[0]!);
  if (!resource || (namespace !== undefined && !resource.namespaced)) return { type: "notFound" };
  return tail.length === 2 ? { type: "get", resource, namespace, name: tail[1]! } : { type: "list", resource, namespace };
}
