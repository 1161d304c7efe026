// One scan, end to end: collect → evaluate → score → persist → compare. A failure at any phase
// is recorded on the scan (phase and a message a person can act on) and never replaces the
// cluster's last good scan; persisting is one transaction, so a crash leaves nothing half-written.
import { evaluateSnapshot } from "../checks/engine";
import type { TText } from "../checks/text";
import type { TCheckResult, TSnapshot } from "../checks/types";
import { activeExceptionRules } from "../db/exceptions";
import { currentRatings } from "../db/ratings";
import { completeScan, failScan, markScanProgress } from "../db/scans";
import { summarizeImageVulnerabilities } from "../checks/rules/images/vulnerability-summary";
import { scanErrorText } from "./error-text";
import { summarizeResults } from "./summarize";

export interface TCollectProgress {
  kind: string;
  objects: number;
  done: number;
  total: number;
}

/** Where a scan's objects come from: a live cluster, or a bundle of manifests. */
export interface TSnapshotSource {
  collect(onProgress: (progress: TCollectProgress) => void): Promise<TSnapshot>;
}

/** `text`: what a person reads, in their language (stored with the scan); `message` the English, for logs. */
export class ScanPhaseError extends Error {
  constructor(readonly phase: string, message: string, readonly transient: boolean, readonly text?: TText) {
    super(message);
    this.name = "ScanPhaseError";
  }
}

/**
 * The pipeline's phases, in the order they run: compare finds the previous good scan and counts
 * its findings before persist writes; persist's inserts match fingerprints against it in the
 * database (first-seen dates carried forward, still-open findings counted).
 */
export type TScanPhase = "collect" | "evaluate" | "score" | "compare" | "persist";

/** Called when a phase ends, with its wall time (benchmarks; never required). */
export type TPhaseHook = (phase: TScanPhase, ms: number) => void;

export interface TRunScanOptions {
  /** Dates the scan (demo history); defaults to the real time. */
  now?: Date;
  onPhase?: TPhaseHook;
  /**
   * Aborted when the worker hands the scan back (shutdown): the pipeline then writes nothing
   * more to the scan row and rejects with ScanAbortedError at its next step.
   */
  signal?: AbortSignal;
}

export class ScanAbortedError extends Error {
  constructor() {
    super("The scan was handed back: the worker is stopping.");
    this.name = "ScanAbortedError";
  }
}

export interface TScanOutcome {
  status: "succeeded" | "partial";
  postureScore: number | null;
  findings: number;
  new: number;
  resolved: number;
}

function countObjects(snapshot: TSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot.objects).map(([kind, list]) => [kind, list.length]));
}

/** Progress writes are throttled: a scan of 100k objects must not write 100k times. */
function throttled(write: (phase: string, progress: number) => Promise<void>, everyMs = 500) {
  let last = 0;
  return (phase: string, progress: number) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    void write(phase, progress).catch(() => {});
  };
}

export async function runScan(scanId: string, clusterId: string, source: TSnapshotSource, options: TRunScanOptions = {}): Promise<TScanOutcome> {
  const startedAt = options.now ?? new Date();
  const { onPhase, signal } = options;
  // Every write to the scan row goes through here: none once the scan was handed back.
  const progress = async (name: string, value: number, at?: Date) => {
    if (signal?.aborted) throw new ScanAbortedError();
    await markScanProgress(scanId, name, value, at);
  };
  let phase = "collect";
  let phaseStart = performance.now();
  const ended = (name: TScanPhase) => {
    const now = performance.now();
    onPhase?.(name, now - phaseStart);
    phaseStart = now;
  };
  try {
    await progress(phase, 1, startedAt);
    const report = throttled((name, value) => progress(name, value));
    // The snapshot and the engine's results are dropped as soon as the next phase has what it
    // needs: on a large cluster they weigh hundreds of MB each, and holding them until the end
    // of the scan would add them to the peak memory of every later phase.
    let snapshot: TSnapshot | undefined = await source.collect((progress) => report("collect", 1 + (progress.done / Math.max(1, progress.total)) * 59));
    const objectCounts = countObjects(snapshot);
    const collectorGaps = snapshot.gaps;
    ended("collect");

    phase = "evaluate";
    await progress(phase, 60);
    const exceptions = await activeExceptionRules(clusterId, startedAt);
    let results: TCheckResult[] | undefined = evaluateSnapshot(snapshot, { exceptions, now: startedAt });
    const imageVulnerabilities = summarizeImageVulnerabilities(snapshot);
    snapshot = undefined;
    ended("evaluate");

    phase = "score";
    await progress(phase, 75);
    const ratings = await currentRatings();
    const summary = summarizeResults(clusterId, results, collectorGaps, ratings.ratings);
    results = undefined;
    ended("score");

    phase = "persist";
    await progress(phase, 85);
    if (signal?.aborted) throw new ScanAbortedError();
    const finishedAt = options.now ? new Date(startedAt.getTime() + 1_000) : new Date();
    const diff = await completeScan(
      scanId,
      { summary, ratingsVersionId: ratings.id, objectCounts, finishedAt, imageVulnerabilities },
      { onPhase },
    );
    return {
      status: summary.gaps.some((gap) => gap.kind === "resource") ? "partial" : "succeeded",
      postureScore: summary.postureScore,
      findings: summary.findings.length,
      ...diff,
    };
  } catch (error) {
    // A handed-back scan belongs to the queue again: its row is the worker's to set, not ours.
    if (signal?.aborted) throw new ScanAbortedError();
    const message = error instanceof Error ? error.message : String(error);
    const said = scanErrorText(phase, error);
    await failScan(scanId, phase, message, said).catch(() => {});
    throw new ScanPhaseError(phase, message, isTransient(error), said);
  }
}

/** Worth retrying: the cluster or the database may answer next time. */
function isTransient(error: unknown): boolean {
  const kind = (error as { kind?: unknown } | null)?.kind;
  if (kind === "unreachable" || kind === "timeout") return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ECONNRESET" || code === "ECONNREFUSED" || code === "ETIMEDOUT" || code === "database_unavailable";
}
