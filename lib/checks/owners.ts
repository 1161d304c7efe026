// Maps any pod-bearing object (a Pod, a ReplicaSet, a Job…) to the top workload it is reported
// on, so data attached to a child (a Pod's running image digest, a Trivy report on a ReplicaSet)
// can be joined to the right result. Built once per evaluation; lookups are O(depth).
import { asRecords, asString, kindOf, metadata, nameOf, namespaceOf } from "./access";
import type { TCheckContext } from "./context";
import type { TKubeObject } from "./types";
import { POD_BEARING_KINDS } from "./workloads";

export function workloadKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${namespace ?? ""}\u0000${name}`;
}

export type TTopResolver = (kind: string, namespace: string | undefined, name: string) => string | undefined;

const POD_BEARING = new Set<string>(POD_BEARING_KINDS);

/** The parent a controller name implies when the intermediate object was not listed. */
function impliedParent(kind: string, name: string): { kind: string; name: string } | undefined {
  const cut = name.lastIndexOf("-");
  if (cut <= 0) return undefined;
  // Deployments name their ReplicaSets `<deployment>-<pod-template-hash>`; CronJobs their Jobs `<cronjob>-<scheduled time>`.
  if (kind === "ReplicaSet") return { kind: "Deployment", name: name.slice(0, cut) };
  if (kind === "Job") return { kind: "CronJob", name: name.slice(0, cut) };
  return undefined;
}

/**
 * Returns a resolver from (kind, namespace, name) to the key (see workloadKey) of the top
 * workload as listed by ctx.workloads(), or undefined when it leads to no listed workload.
 */
export function topWorkloadResolver(ctx: TCheckContext): TTopResolver {
  return ctx.shared("owners:top-resolver", () => {
    const objects = new Map<string, TKubeObject>();
    for (const kind of POD_BEARING_KINDS) {
      for (const object of ctx.objects(kind)) objects.set(workloadKey(kindOf(object), namespaceOf(object), nameOf(object)), object);
    }
    const tops = new Set(ctx.workloads().map((workload) => workloadKey(workload.kind, namespaceOf(workload.object), workload.ref.name)));
    const memo = new Map<string, string | undefined>();

    const resolve = (kind: string, namespace: string | undefined, name: string, depth: number): string | undefined => {
      const key = workloadKey(kind, namespace, name);
      if (memo.has(key)) return memo.get(key);
      let result: string | undefined;
      if (depth > 6) result = undefined;
      else if (tops.has(key)) result = key;
      else if (objects.has(key)) {
        const owner = asRecords(metadata(objects.get(key)!).ownerReferences)
          .find((candidate) => POD_BEARING.has(asString(candidate.kind) ?? ""));
        result = owner ? resolve(asString(owner.kind)!, namespace, asString(owner.name) ?? "", depth + 1) : undefined;
      } else {
        const implied = impliedParent(kind, name);
        result = implied ? resolve(implied.kind, namespace, implied.name, depth + 1) : undefined;
      }
      memo.set(key, result);
      return result;
    };
    return (kind, namespace, name) => resolve(kind, namespace, name, 0);
  });
}
