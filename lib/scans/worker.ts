// The scan worker: takes scan jobs from the queue and runs them; also runs the scheduler tick
// (every minute, once across all workers) and the daily retention job.
import type PgBoss from "pg-boss";
import { env } from "../env";
import { clusterForScan } from "../db/clusters";
import { failScan, pruneFindings, scanState } from "../db/scans";
import { ScanPhaseError, runScan } from "./pipeline";
import { enqueueDueScans, PRUNE_QUEUE, SCAN_QUEUE, startQueue, TICK_QUEUE, type TScanJob } from "./queue";
import { sourceFor, type TScanTarget } from "./sources";

export interface TWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

type TLog = (line: string) => void;

async function handleScan(job: TScanJob, log: TLog): Promise<void> {
  const state = await scanState(job.scanId);
  // Exactly once: a retried job whose scan already landed has nothing left to do.
  if (!state || state.status === "succeeded" || state.status === "partial") return;
  const cluster = await clusterForScan(job.clusterId);
  if (!cluster || cluster.archived) {
    await failScan(job.scanId, "collect", "The cluster was removed or archived before the scan ran.");
    return;
  }
  const started = Date.now();
  try {
    const outcome = await runScan(job.scanId, cluster.id, sourceFor(cluster as TScanTarget));
    log(`scan ${job.scanId} of ${cluster.name}: ${outcome.status}, score ${outcome.postureScore ?? "n/a"}, ${outcome.findings} findings (+${outcome.new} −${outcome.resolved}) in ${Date.now() - started} ms`);
  } catch (error) {
    const transient = error instanceof ScanPhaseError && error.transient;
    log(`scan ${job.scanId} of ${cluster.name} failed in ${error instanceof ScanPhaseError ? error.phase : "?"}: ${error instanceof Error ? error.message : String(error)}${transient ? " (will retry)" : ""}`);
    // Transient failures go back to the queue (retried with backoff); permanent ones stay failed.
    if (transient) throw error;
  }
}

export async function startWorker(connectionString: string, options: { log?: TLog; concurrency?: number } = {}): Promise<TWorker> {
  const log = options.log ?? ((line: string) => console.log(`[worker] ${line}`));
  const concurrency = options.concurrency ?? env().RAMPARTS_WORKER_CONCURRENCY;
  const boss = await startQueue(connectionString, "worker");
  for (let slot = 0; slot < concurrency; slot += 1) {
    await boss.work<TScanJob>(SCAN_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await handleScan(job.data, log);
    });
  }
  await boss.work(TICK_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    const count = await enqueueDueScans(boss);
    if (count > 0) log(`scheduled ${count} scan(s)`);
  });
  await boss.work(PRUNE_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const days = env().RAMPARTS_FINDINGS_RETENTION_DAYS;
    const removed = await pruneFindings(new Date(Date.now() - days * 86_400_000));
    log(`retention: removed ${removed} finding rows older than ${days} days`);
  });
  await boss.schedule(TICK_QUEUE, "* * * * *", {}, { tz: "UTC" });
  await boss.schedule(PRUNE_QUEUE, "17 3 * * *", {}, { tz: "UTC" });
  // Do not wait up to a minute for the first tick after a start.
  await enqueueDueScans(boss).catch((error: unknown) => log(`first tick failed: ${String(error)}`));
  log(`ready: ${concurrency} scan slot(s)`);
  return {
    boss,
    async stop() {
      // Finish the running scans (or hand them back when the timeout passes).
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
