// The drilldown's address. Namespace names come from the cluster: always encoded into the path,
// and decoded from it (Next.js hands dynamic segments over still percent-encoded).

export function namespaceHref(clusterId: string, namespace: string): string {
  return `/clusters/${encodeURIComponent(clusterId)}/namespaces/${encodeURIComponent(namespace)}`;
}

/** The namespace named by a path segment; a malformed escape is kept as it came. */
export function namespaceFromSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
