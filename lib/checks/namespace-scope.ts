// Which namespaces namespace-level checks evaluate, and the labels namespaceSelectors see.
// Shared by the NetworkPolicy and resource families (and usable by any namespace-level check).
import { kindOf, labelsOf, nameOf, namespaceOf, refOf } from "./access";
import type { TCheckContext } from "./context";
import type { TKubeObject, TObjectRef } from "./types";

/**
 * Namespaces left out of namespace-level checks (policies, default-deny, LimitRange, quota):
 * kube-public and kube-node-lease never hold pods; kube-system holds the CNI, DNS and (on
 * managed clusters) provider-owned components, where a default-deny or a quota breaks the
 * cluster and the owner is not the team reading the report. Workloads in kube-system are still
 * judged by the container-level checks.
 */
export const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(["kube-system", "kube-public", "kube-node-lease"]);

/** A namespaced object without metadata.namespace lands in `default` (what kubectl apply does). */
export function namespaceOrDefault(object: TKubeObject): string {
  return namespaceOf(object) || "default";
}

export interface TScopedNamespace {
  name: string;
  ref: TObjectRef;
  /** The Namespace object when the snapshot holds one (it is absent in manifest-only scans). */
  object?: TKubeObject;
}

/**
 * Every namespace the snapshot shows, except SYSTEM_NAMESPACES: the Namespace objects, plus the
 * namespaces workloads live in (a folder of manifests has no Namespace objects, yet its
 * namespaces are real once applied). Sorted for stable output.
 */
export function namespacesInScope(ctx: TCheckContext): TScopedNamespace[] {
  return ctx.shared("namespace-scope:in-scope", () => {
    const byName = new Map<string, TScopedNamespace>();
    for (const object of ctx.objects("Namespace")) {
      const name = nameOf(object);
      if (!name || SYSTEM_NAMESPACES.has(name) || kindOf(object) !== "Namespace") continue;
      byName.set(name, { name, ref: refOf(object), object });
    }
    for (const workload of ctx.workloads()) {
      const name = namespaceOrDefault(workload.object);
      if (SYSTEM_NAMESPACES.has(name) || byName.has(name)) continue;
      byName.set(name, { name, ref: { apiVersion: "v1", kind: "Namespace", name } });
    }
    // Code-point order: stable, and cheap even for absurdly long names.
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  });
}

/**
 * Labels of every known namespace, with the `kubernetes.io/metadata.name` label the API server
 * sets on every namespace (since 1.21), so namespaceSelectors match as they would live.
 */
export function namespaceLabels(ctx: TCheckContext): ReadonlyMap<string, Record<string, string>> {
  return ctx.shared("namespace-scope:labels", () => {
    const labels = new Map<string, Record<string, string>>();
    for (const object of ctx.objects("Namespace")) {
      const name = nameOf(object);
      if (name) labels.set(name, { ...labelsOf(object), "kubernetes.io/metadata.name": name });
    }
    for (const workload of ctx.workloads()) {
      const name = namespaceOrDefault(workload.object);
      if (!labels.has(name)) labels.set(name, { "kubernetes.io/metadata.name": name });
    }
    return labels;
  });
}

/**
 * Whether the snapshot shows a cluster (some workload runs in kube-system) rather than a folder
 * of application manifests. Cluster-wide verdicts (CNI, image scanning) need it: absence of
 * evidence in a partial view is not evidence of absence.
 */
export function kubeSystemVisible(ctx: TCheckContext): boolean {
  return ctx.shared("namespace-scope:kube-system-visible", () =>
    ctx.workloads().some((workload) => namespaceOf(workload.object) === "kube-system"),
  );
}
