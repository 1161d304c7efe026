// limit/continue paging as kube-apiserver does it: a page of items, an opaque continue token
// while more remain, remainingItemCount, and items without apiVersion/kind for built-in types
// (the real server omits them in lists; custom resources, served unstructured, keep them).
import { isCustomResource } from "../custom-resources";
import { apiVersionOf, type TCollectedResource } from "../resources";
import type { TStoredObject } from "./store";

interface TContinueKey {
  /** The list's resourceVersion: a token from another store state is refused. */
  rv: string;
  resource: string;
  namespace: string;
  offset: number;
}

export function encodeContinue(key: TContinueKey): string {
  return Buffer.from(JSON.stringify({ v: "meta.k8s.io/v1", ...key })).toString("base64url");
}

export function decodeContinue(token: string): TContinueKey | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    if (typeof value !== "object" || value === null) return undefined;
    const { rv, resource, namespace, offset } = value as Record<string, unknown>;
    if (typeof rv !== "string" || typeof resource !== "string" || typeof namespace !== "string") return undefined;
    if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0) return undefined;
    return { rv, resource, namespace, offset };
  } catch {
    return undefined;
  }
}

export interface TPageRequest {
  type: TCollectedResource;
  namespace: string | undefined;
  resourceVersion: string;
  limit: number | undefined;
  offset: number;
}

function itemOf(type: TCollectedResource, stored: TStoredObject): unknown {
  if (isCustomResource(type)) return stored.object;
  const { apiVersion: _apiVersion, kind: _kind, ...rest } = stored.object;
  return rest;
}

export function listPage(all: readonly TStoredObject[], request: TPageRequest): Record<string, unknown> {
  const { type, namespace, limit, offset } = request;
  const matching = namespace === undefined ? all : all.filter((stored) => stored.namespace === namespace);
  const end = limit ? Math.min(offset + limit, matching.length) : matching.length;
  const page = matching.slice(offset, end);
  const metadata: Record<string, unknown> = { resourceVersion: request.resourceVersion };
  if (end < matching.length) {
    metadata.continue = encodeContinue({ rv: request.resourceVersion, resource: type.plural, namespace: namespace ?? "", offset: end });
    metadata.remainingItemCount = matching.length - end;
  }
  return { kind: `${type.kind}List`, apiVersion: apiVersionOf(type), metadata, items: page.map((stored) => itemOf(type, stored)) };
}
