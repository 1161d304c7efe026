// What a check sees: the snapshot plus shared, lazily built indexes (workloads, RBAC,
// NetworkPolicy selection…), built once per evaluation whatever the number of checks.
import { kindOf, refOf } from "./access";
import type { TCheckOutcome, TKubeObject, TObjectRef, TSnapshot } from "./types";
import { containersOf, topWorkloads, type TContainer, type TWorkload } from "./workloads";
import { text } from "./text";

export class TCheckContext {
  private readonly memo = new Map<string, unknown>();
  private readonly containersByWorkload = new Map<TWorkload, readonly TContainer[]>();

  constructor(readonly snapshot: TSnapshot) {}

  /** Objects of one kind (empty when absent). */
  objects(kind: string): TKubeObject[] {
    return this.snapshot.objects[kind] ?? [];
  }

  /** Top-level pod-bearing objects (see workloads.ts). */
  workloads(): TWorkload[] {
    return this.shared("workloads", () => topWorkloads(this.snapshot));
  }

  /**
   * The containers of a workload's pod spec (containersOf), listed once per evaluation: a dozen
   * checks walk them, and re-listing them for each was 4% of the large benchmark's allocations.
   * Shared between checks, so never modified.
   */
  containers(workload: TWorkload): readonly TContainer[] {
    let containers = this.containersByWorkload.get(workload);
    if (!containers) {
      containers = containersOf(workload.podSpec);
      this.containersByWorkload.set(workload, containers);
    }
    return containers;
  }

  /** A value computed once per evaluation and shared by every check (indexes, resolved RBAC). */
  shared<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /**
   * Runs `evaluate` on each item, turning a throw on a malformed object into a not-assessable
   * outcome for that object only. Lazy, like the generator it replaces: an item is evaluated
   * when the previous one's outcomes have been consumed.
   */
  each<T>(items: Iterable<T>, refFor: (item: T) => TObjectRef, evaluate: (item: T) => Iterable<TCheckOutcome>): IterableIterator<TCheckOutcome> {
    return new EachIterator(items, refFor, evaluate);
  }
}

/**
 * TCheckContext.each as a hand-written iterator rather than a generator: every result of a scan
 * passes through here (912,222 in the large benchmark), and a generator allocates an iterator
 * result per outcome and resumes a frame for it, while this returns one reused result object.
 * Evaluators should return arrays (and checks return this iterator rather than wrap it in a
 * generator): a generator per item costs a generator object and a resume per outcome, and is
 * drained into an array anyway, inside the try. The generator, with its `[...evaluate(item)]`
 * copy, was 7% of the benchmark's CPU profile (self time, 10% without GC).
 */
class EachIterator<T> implements IterableIterator<TCheckOutcome> {
  private items: Iterator<T> | undefined;
  /** Position in `source` when it is an array, read by index: an array iterator allocates a result per item. */
  private position = 0;
  private outcomes: readonly TCheckOutcome[] = [];
  private index = 0;
  private finished = false;
  private readonly step: IteratorYieldResult<TCheckOutcome> = { done: false, value: undefined as unknown as TCheckOutcome };

  constructor(
    private readonly source: Iterable<T>,
    private readonly refFor: (item: T) => TObjectRef,
    private readonly evaluate: (item: T) => Iterable<TCheckOutcome>,
  ) {}

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<TCheckOutcome> {
    while (this.index >= this.outcomes.length) {
      if (this.finished) return { done: true, value: undefined };
      let item: T;
      if (Array.isArray(this.source)) {
        if (this.position >= this.source.length) return this.finish();
        item = this.source[this.position] as T;
        this.position += 1;
      } else {
        this.items ??= this.source[Symbol.iterator]();
        const step = this.items.next();
        if (step.done) return this.finish();
        item = step.value;
      }
      this.outcomes = this.outcomesOf(item);
      this.index = 0;
    }
    this.step.value = this.outcomes[this.index]!;
    this.index += 1;
    return this.step;
  }

  /** Stopped early (a consumer's break or throw): closes the source like for…of would. */
  return(): IteratorResult<TCheckOutcome> {
    if (!this.finished) this.items?.return?.();
    return this.finish();
  }

  private finish(): IteratorResult<TCheckOutcome> {
    this.finished = true;
    this.outcomes = [];
    return { done: true, value: undefined };
  }

  private outcomesOf(item: T): readonly TCheckOutcome[] {
    try {
      // An array is read as it is; a generator is drained here, inside the try.
      const produced = this.evaluate(item);
      return Array.isArray(produced) ? produced : Array.from(produced);
    } catch (error) {
      return [{
        status: "not_assessable",
        object: safeRef(() => this.refFor(item)),
        message: text("objectCouldNotBeEvaluated", { error: (error instanceof Error ? error.message : String(error)).slice(0, 450) }),
        reason: text("objectCouldNotBeEvaluated", { error: (error instanceof Error ? error.message : String(error)).slice(0, 450) }),
      }];
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
