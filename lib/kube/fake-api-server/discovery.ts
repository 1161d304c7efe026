// Discovery documents (/version, /api, /apis, …) built from the catalog of served types.
import type { TCollectedResource } from "../resources";
import type { TCatalog } from "./catalog";

export interface TServerVersion {
  major: string;
  minor: string;
  gitVersion: string;
}

export const DEFAULT_VERSION: TServerVersion = { major: "1", minor: "31", gitVersion: "v1.31.4" };

const READ_WRITE_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

/** Types that are not lists of objects but still belong to discovery (clients look them up). */
const AUTHORIZATION_TYPES = [
  { name: "selfsubjectaccessreviews", singularName: "selfsubjectaccessreview", namespaced: false, kind: "SelfSubjectAccessReview", verbs: ["create"] },
  { name: "selfsubjectrulesreviews", singularName: "selfsubjectrulesreview", namespaced: false, kind: "SelfSubjectRulesReview", verbs: ["create"] },
];

export function versionInfo(version: TServerVersion): Record<string, string> {
  return {
    ...version,
    gitCommit: "0000000000000000000000000000000000000000",
    gitTreeState: "clean",
    buildDate: "2024-12-10T11:36:19Z",
    goVersion: "go1.22.9",
    compiler: "gc",
    platform: "linux/amd64",
  };
}

export function coreVersions(serverAddress: string): Record<string, unknown> {
  return { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress }] };
}

function resourceEntry(type: TCollectedResource): Record<string, unknown> {
  return { name: type.plural, singularName: type.kind.toLowerCase(), namespaced: type.namespaced, kind: type.kind, verbs: READ_WRITE_VERBS };
}

/** APIResourceList of one group/version, or undefined when the server does not serve it. */
export function resourceList(catalog: TCatalog, groupVersion: string): Record<string, unknown> | undefined {
  const resources = groupVersion === "authorization.k8s.io/v1" ? AUTHORIZATION_TYPES : catalog.byGroupVersion.get(groupVersion)?.map(resourceEntry);
  if (!resources) return undefined;
  return { kind: "APIResourceList", apiVersion: "v1", groupVersion, resources };
}

function groupsOf(catalog: TCatalog): Map<string, string[]> {
  const groups = new Map<string, string[]>([["authorization.k8s.io", ["v1"]]]);
  for (const type of catalog.types) {
    if (type.apiGroup === "") continue;
    const versions = groups.get(type.apiGroup) ?? [];
    if (!versions.includes(type.version)) versions.push(type.version);
    groups.set(type.apiGroup, versions);
  }
  return groups;
}

function groupEntry(name: string, versions: string[]): Record<string, unknown> {
  const entries = versions.map((version) => ({ groupVersion: `${name}/${version}`, version }));
  return { name, versions: entries, preferredVersion: entries[0] };
}

export function groupList(catalog: TCatalog): Record<string, unknown> {
  const groups = [...groupsOf(catalog)].sort(([a], [b]) => a.localeCompare(b)).map(([name, versions]) => groupEntry(name, versions));
  return { kind: "APIGroupList", apiVersion: "v1", groups };
}

export function group(catalog: TCatalog, name: string): Record<string, unknown> | undefined {
  const versions = groupsOf(catalog).get(name);
  return versions ? { kind: "APIGroup", apiVersion: "v1", ...groupEntry(name, versions) } : undefined;
}
