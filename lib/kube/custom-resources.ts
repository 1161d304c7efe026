// Built-in API groups are dotless ("apps", "batch") or end in ".k8s.io"; anything else comes
// from a CustomResourceDefinition (Kubernetes reserves *.k8s.io for itself). Custom resources
// are served "unstructured": list items keep their apiVersion and kind, and a missing CRD answers
// 404, which for Ramparts means "not installed", not "broken".
import type { TCollectedResource } from "./resources";

export function isCustomResource(resource: Pick<TCollectedResource, "apiGroup">): boolean {
  const group = resource.apiGroup;
  return group.includes(".") && !group.endsWith(".k8s.io");
}
