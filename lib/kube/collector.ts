// Reads a cluster into the check engine's snapshot: every resource type the checks need,
// cluster-wide, in pages, a few lists at a time, under a per-request timeout and an overall
// deadline. One resource type that cannot be read (403, CRD absent, kept failing, deadline)
// becomes a coverage gap; only what makes the whole cluster unreadable (unreachable, TLS,
// credentials rejected, no answer at all) fails the collection, with a CollectionError.
import type { KubeConfig } from "@kubernetes/client-node";
import { text } from "../checks/text";
import type { TCoverageGap, TKubeObject, TSnapshot } from "../checks/types";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "./client";
import { CollectSession, RequestFailed } from "./collect-session";
import { CollectionError } from "./errors";
import { gapReason, gapReasonText } from "./gap-reasons";
import { listCallFor } from "./list-calls";
import { PageCapture } from "./page-capture";
import { CollectionStopped, fatalError, unansweredError } from "./request-failure";
import { COLLECTED_RESOURCES, type TCollectedResource } from "./resources";

export interface TCollectProgress {
  kind: string;
  /** Objects of `kind` read so far. */
  objects: number;
  /** Resource types finished (read or recorded as a gap), of `total`. */
  done: number;
  total: number;
}

export interface TCollectOptions {
  /** Items per list request (the API server's continue-token paging). */
  pageSize?: number;
  /** Lists in flight at once. */
  concurrency?: number;
  requestTimeoutMs?: number;
  /** Past it, lists still running or waiting become "deadline exceeded" gaps. */
  deadlineMs?: number;
  /** Tries per request, the first included. */
  maxAttempts?: number;
  /** Restarts of one list after its continue token expired (410). */
  maxListRestarts?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Only these kinds (default: every collected resource type). */
  kinds?: string[];
  onProgress?: (progress: TCollectProgress) => void;
  /** Jitter source (tests pass a fixed one). */
  random?: () => number;
  now?: () => Date;
}

export interface TCollectStats {
  durationMs: number;
  requests: number;
  retries: number;
  listRestarts: number;
  pages: number;
  objects: number;
  perKind: Record<string, { objects: number; pages: number; durationMs: number }>;
}

interface TListed {
  objects: TKubeObject[];
  configMaps: Record<string, Record<string, string>>;
  pages: number;
}

/** Largest lists first, so that the longest one is not the last to start. */
const FIRST = ["Pod", "ReplicaSet", "Deployment", "Secret", "ConfigMap"];
const startOrder = (resource: TCollectedResource) => (FIRST.includes(resource.kind) ? FIRST.indexOf(resource.kind) : FIRST.length);

export async function collectSnapshot(kubeConfig: KubeConfig, options: TCollectOptions = {}): Promise<{ snapshot: TSnapshot; stats: TCollectStats }> {
  const started = performance.now();
  const takenAt = (options.now ?? (() => new Date()))();
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const session = new CollectSession(kubeConfig, {
    requestTimeoutMs,
    deadlineMs: options.deadlineMs ?? 300_000,
    maxAttempts: options.maxAttempts ?? 4,
    backoff: { baseDelayMs: options.backoffBaseMs ?? 250, maxDelayMs: options.backoffMaxMs ?? 8_000, maxRetryAfterMs: 30_000, random: options.random ?? Math.random },
  });
  const resources = COLLECTED_RESOURCES.filter((resource) => !options.kinds || options.kinds.includes(resource.kind));
  const stats: TCollectStats = { durationMs: 0, requests: 0, retries: 0, listRestarts: 0, pages: 0, objects: 0, perKind: {} };
  try {
    const serverVersion = await probeVersion(session, requestTimeoutMs);
    const listed = new Map<string, TListed>();
    const gaps = new Map<string, TCoverageGap>();
    let done = 0;
    const report = (kind: string, objects: number) => {
      try {
        options.onProgress?.({ kind, objects, done, total: resources.length });
      } catch {
        // A failing progress listener must not fail the collection.
      }
    };

    const collectOne = async (resource: TCollectedResource) => {
      const t0 = performance.now();
      try {
        const result = await listResource(session, resource, options.pageSize ?? 500, options.maxListRestarts ?? 3, stats, report);
        listed.set(resource.kind, result);
        stats.perKind[resource.kind] = { objects: result.objects.length, pages: result.pages, durationMs: Math.round(performance.now() - t0) };
      } catch (error) {
        if (error instanceof CollectionStopped) {
          if (session.deadlinePassed) {
            gaps.set(resource.kind, { kind: resource.kind, reason: "deadline exceeded: the collection ran out of time before this list finished", reasonText: text("gapDeadline") });
          }
        } else if (error instanceof RequestFailed) {
          const fatal = fatalError(error.failure, session.credential);
          if (fatal) session.fail(fatal);
          else {
            gaps.set(resource.kind, {
              kind: resource.kind,
              reason: gapReason(resource, error.failure, error.attempts, requestTimeoutMs),
              reasonText: gapReasonText(resource, error.failure, error.attempts, requestTimeoutMs),
            });
          }
        } else {
          throw error;
        }
      }
      done += 1;
      report(resource.kind, listed.get(resource.kind)?.objects.length ?? 0);
    };

    const queue = [...resources].sort((a, b) => startOrder(a) - startOrder(b));
    const worker = async () => {
      for (let next = queue.shift(); next && !session.fatal; next = queue.shift()) await collectOne(next);
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
    if (session.fatal) throw session.fatal;

    // Kinds and gaps in the table's order, whatever order the lists finished in.
    const configMaps: Record<string, Record<string, string>> = {};
    const snapshot: TSnapshot = { objects: {}, gaps: [], serverVersion, evaluatedAt: takenAt.toISOString(), redactions: { configMaps } };
    for (const resource of resources) {
      const result = listed.get(resource.kind);
      const gap = gaps.get(resource.kind);
      if (result) {
        snapshot.objects[resource.kind] = result.objects;
        Object.assign(configMaps, result.configMaps);
        stats.objects += result.objects.length;
      } else if (gap) {
        snapshot.gaps.push(gap);
      }
    }
    return { snapshot, stats };
  } finally {
    stats.requests = session.counters.requests;
    stats.retries = session.counters.retries;
    stats.durationMs = Math.round(performance.now() - started);
    await session.close();
  }
}

/** /version first: the cheapest request that proves address, TLS and credentials. */
async function probeVersion(session: CollectSession, requestTimeoutMs: number): Promise<TSnapshot["serverVersion"]> {
  try {
    const info = await session.send((options) => session.clients.version.getCode(undefined, options));
    return { major: info.major, minor: info.minor, gitVersion: info.gitVersion };
  } catch (error) {
    if (error instanceof CollectionStopped) {
      throw new CollectionError("timeout", text("connDeadlineVersion"));
    }
    if (!(error instanceof RequestFailed)) throw error;
    const fatal = fatalError(error.failure, session.credential);
    if (fatal) throw fatal;
    // Some clusters hide /version from some identities: a 403 or 404 there is not fatal.
    if (error.failure.type === "status" && (error.failure.status === 403 || error.failure.status === 404)) return undefined;
    throw unansweredError(error.failure, error.attempts, requestTimeoutMs);
  }
}

/** One list, page by page; restarted from the beginning when its continue token expires. */
async function listResource(
  session: CollectSession, resource: TCollectedResource, pageSize: number, maxRestarts: number,
  stats: TCollectStats, report: (kind: string, objects: number) => void,
): Promise<TListed> {
  const call = listCallFor(session.clients, resource);
  for (let restarts = 0; ; restarts += 1) {
    const listed: TListed = { objects: [], configMaps: {}, pages: 0 };
    let token: string | undefined;
    try {
      do {
        const capture = new PageCapture(resource);
        await session.send((options) => call({ limit: pageSize, _continue: token }, options), capture);
        const page = capture.page ?? { items: [] };
        for (const item of page.items) {
          listed.objects.push(item.object);
          if (item.redaction) listed.configMaps[item.redaction.key] = item.redaction.verdicts;
        }
        listed.pages += 1;
        stats.pages += 1;
        token = page.continueToken;
        report(resource.kind, listed.objects.length);
      } while (token);
      return listed;
    } catch (error) {
      const expired = error instanceof RequestFailed && error.failure.type === "status" && error.failure.status === 410;
      if (!expired || restarts >= maxRestarts) throw error;
      stats.listRestarts += 1;
    }
  }
}
