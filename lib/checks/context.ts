// What a check sees: the snapshot plus shared, lazily built indexes (workloads, RBAC,
// NetworkPolicy selection…), built once per evaluation whatever the number of checks.
import { kindOf, refOf } from "./access";
import type { TCheckOutcome, TKubeObject, TObjectRef, TSnapshot } from "./types";
import { topWorkloads, type TWorkload } from "./workloads";

export class TCheckContext {
  private readonly memo = new Map<string, unknown>();

  constructor(readonly snapshot: TSnapshot) {}

  /** Objects of one kind (empty when absent). */
  objects(kind: string): TKubeObject[] {
    return this.snapshot.objects[kind] ?? [];
  }

  /** Top-level pod-bearing objects (see workloads.ts). */
  workloads(): TWorkload[] {
    return this.shared("workloads", () => topWorkloads(this.snapshot));
  }

  /** A value computed once per evaluation and shared by every check (indexes, resolved RBAC). */
  shared<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /**
   * Runs `evaluate` on each item, turning a throw on a malformed object into a not-assessable
   * outcome for that object only.
   */
  *each<T>(items: Iterable<T>, refFor: (item: T) => TObjectRef, evaluate: (item: T) => Iterable<TCheckOutcome>): Generator<TCheckOutcome> {
    for (const item of items) {
      let outcomes: TCheckOutcome[];
      try {
        outcomes = [...evaluate(item)];
      } catch (error) {
        outcomes = [{
          status: "not_assessable",
          object: safeRef(() => refFor(item)),
          message: `The object could not be evaluated: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
        }];
      }
      yield* outcomes;
    }
  }
}

function safeRef(read: () => TObjectRef): TObjectRef {
  try {
    return read();
  } catch {
    return { apiVersion: "", kind: "Unknown", name: "(malformed)" };
  }
}

/** The reference used for cluster-wide results (control plane, CNI, "no image scanning"). */
export const CLUSTER_REF: TObjectRef = { apiVersion: "", kind: "Cluster", name: "cluster" };

export function objectRef(object: TKubeObject): TObjectRef {
  return kindOf(object) ? refOf(object) : { ...refOf(object), kind: "Unknown" };
}
