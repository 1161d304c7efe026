// Parses container image references the way container runtimes resolve them:
// "nginx" → docker.io/library/nginx (no tag: the runtime pulls :latest).
export interface TImageRef {
  raw: string;
  /** Registry host, normalised ("index.docker.io" → "docker.io"), lower-case. */
  registry: string;
  /** Repository path without registry ("library/nginx"). */
  repository: string;
  tag?: string;
  /** "sha256:…" when pinned. */
  digest?: string;
}

const DOCKER_HUB_ALIASES = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);

export function parseImage(raw: string): TImageRef {
  let rest = raw.trim();
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1) || undefined;
    rest = rest.slice(0, at);
  }
  let registry = "docker.io";
  const slash = rest.indexOf("/");
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    // Only a first component that looks like a host (a dot, a port, localhost) is a registry.
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first.toLowerCase();
      rest = rest.slice(slash + 1);
    }
  }
  if (DOCKER_HUB_ALIASES.has(registry)) registry = "docker.io";
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1) || undefined;
    rest = rest.slice(0, colon);
  }
  const repository = registry === "docker.io" && !rest.includes("/") ? `library/${rest}` : rest;
  const ref: TImageRef = { raw, registry, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** Mutable: no digest, so what the tag points to can change between two pulls. */
export function isMutable(ref: TImageRef): boolean {
  return ref.digest === undefined;
}

/** The image without its digest ("nginx:1.27"), to re-pin it. */
export function withoutDigest(raw: string): string {
  const at = raw.indexOf("@");
  return (at >= 0 ? raw.slice(0, at) : raw).trim();
}

export function sameRepository(a: TImageRef, b: TImageRef): boolean {
  return a.registry === b.registry && a.repository === b.repository;
}
