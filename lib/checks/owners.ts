// Maps any pod-bearing object (a Pod, a ReplicaSet, a Job…) to the top workload it is reported
// on, so data attached to a child (a Pod's running image digest, a Trivy report on a ReplicaSet)
// can be joined to the right result. Built once per evaluation; lookups walk owner references
// (memoised), so 50,000 Pods resolve through their few thousand controllers.
import { asRecords, asString, kindOf, metadata, nameOf, namespaceOf } from "./access";
import type { TCheckContext } from "./context";
import type { TKubeObject } from "./types";
import { POD_BEARING_KINDS } from "./workloads";

export function workloadKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}\u0000${namespace ?? ""}\u0000${name}`;
}

export interface TTopResolver {
  /** By reference (a Trivy report's subject), whether or not the object was listed. */
  byRef(kind: string, namespace: string | undefined, name: string): string | undefined;
  /** From the object itself (a Pod at hand): no lookup needed for its own owner references. */
  byObject(object: TKubeObject): string | undefined;
}

const POD_BEARING = new Set<string>(POD_BEARING_KINDS);
const MAX_DEPTH = 6;

/** The parent a controller name implies when the intermediate object was not listed. */
function impliedParent(kind: string, name: string): { kind: string; name: string } | undefined {
  const cut = name.lastIndexOf("-");
  if (cut <= 0) return undefined;
  // Deployments name their ReplicaSets `<deployment>-<pod-template-hash>`; CronJobs their Jobs `<cronjob>-<scheduled time>`.
  if (kind === "ReplicaSet") return { kind: "Deployment", name: name.slice(0, cut) };
  if (kind === "Job") return { kind: "CronJob", name: name.slice(0, cut) };
  return undefined;
}

function controllerOwner(object: TKubeObject): { kind: string; name: string } | undefined {
  const owner = asRecords(metadata(object).ownerReferences).find((candidate) => POD_BEARING.has(asString(candidate.kind) ?? ""));
  return owner ? { kind: asString(owner.kind)!, name: asString(owner.name) ?? "" } : undefined;
}

/** Resolves to the key (see workloadKey) of a top workload as listed by ctx.workloads(), or undefined. */
export function topWorkloadResolver(ctx: TCheckContext): TTopResolver {
  return ctx.shared("owners:top-resolver", () => {
    // Pods only ever start a walk (nothing is owned by a Pod), so only controllers are indexed.
    const controllers = new Map<string, TKubeObject>();
    for (const kind of POD_BEARING_KINDS) {
      if (kind === "Pod") continue;
      for (const object of ctx.objects(kind)) controllers.set(workloadKey(kindOf(object), namespaceOf(object), nameOf(object)), object);
    }
    const tops = new Set(ctx.workloads().map((workload) => workloadKey(workload.kind, namespaceOf(workload.object), workload.ref.name)));
    const memo = new Map<string, string | undefined>();

    const fromOwner = (owner: { kind: string; name: string } | undefined, namespace: string | undefined, depth: number) =>
      owner ? byRef(owner.kind, namespace, owner.name, depth + 1) : undefined;

    function byRef(kind: string, namespace: string | undefined, name: string, depth: number): string | undefined {
      const key = workloadKey(kind, namespace, name);
      if (tops.has(key)) return key;
      if (memo.has(key)) return memo.get(key);
      let result: string | undefined;
      if (depth <= MAX_DEPTH) {
        const object = controllers.get(key);
        result = fromOwner(object ? controllerOwner(object) : impliedParent(kind, name), namespace, depth);
      }
      memo.set(key, result);
      return result;
    }

    return {
      byRef: (kind, namespace, name) => byRef(kind, namespace, name, 0),
      byObject: (object) => {
        const key = workloadKey(kindOf(object), namespaceOf(object), nameOf(object));
        return tops.has(key) ? key : fromOwner(controllerOwner(object), namespaceOf(object), 0);
      },
    };
  });
}
