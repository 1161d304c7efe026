// The scan worker: takes scan jobs from the queue and runs them; also runs the scheduler tick
// (every minute, once across all workers), the daily retention job (findings, audit log) and the
// sweep that re-queues webhook deliveries whose job was lost (every 5 minutes).
import type PgBoss from "pg-boss";
import { pruneAuditLog } from "../audit/retention";
import { text } from "../checks/text";
import { env } from "../env";
import { log as logger } from "../log/log";
import { clusterForScan } from "../db/clusters";
import { failScan, handBackScan, pruneFindings, scanState } from "../db/scans";
import { ScanAbortedError, ScanPhaseError, runScan } from "./pipeline";
import type { TBackoff } from "../notifications/backoff";
import { pruneDeliveries, sealUrls } from "../db/notifications";
import { notifyScanEnded } from "../notifications/dispatch";
import { sendDelivery } from "../notifications/send";
import { DEFAULT_SWEEP_MARGIN_MS, requeueStuckDeliveries } from "../notifications/sweep";
import { enqueueDelivery, enqueueDueScans, NOTIFY_QUEUE, PRUNE_QUEUE, SCAN_QUEUE, startQueue, SWEEP_QUEUE, TICK_QUEUE, type TNotifyJob, type TScanJob } from "./queue";
import { sourceFor, type TScanTarget } from "./sources";

export interface TWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

type TLog = (line: string) => void;

/** A scan this worker is running: what to hand back if it has to stop first. */
interface TRunningScan {
  scanId: string;
  controller: AbortController;
  /** pg-boss retries the job after a failure (the shutdown's included) while this is true. */
  willRetry: boolean;
}

/** Announces the scan's regressions (if any endpoint listens); a failure here never fails the scan. */
async function notify(boss: PgBoss, scanId: string, log: TLog): Promise<void> {
  try {
    const queued = await notifyScanEnded(scanId, (deliveryId) => enqueueDelivery(boss, deliveryId, 0));
    if (queued.length > 0) log(`scan ${scanId}: ${queued.length} notification(s) queued`);
  } catch (error) {
    log(`scan ${scanId}: notifications could not be queued: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function handleScan(boss: PgBoss, job: TScanJob, log: TLog, signal: AbortSignal, willRetry: boolean): Promise<void> {
  const state = await scanState(job.scanId);
  // Exactly once: a retried job whose scan already landed has nothing left to do.
  if (!state || state.status === "succeeded" || state.status === "partial") return;
  const cluster = await clusterForScan(job.clusterId);
  if (!cluster || cluster.archived) {
    await failScan(job.scanId, "collect", "The cluster was removed or archived before the scan ran.", text("scanClusterGone"));
    return;
  }
  const started = Date.now();
  try {
    const outcome = await runScan(job.scanId, cluster.id, sourceFor(cluster as TScanTarget), { signal });
    log(`scan ${job.scanId} of ${cluster.name}: ${outcome.status}, score ${outcome.postureScore ?? "n/a"}, ${outcome.findings} findings (+${outcome.new} −${outcome.resolved}) in ${Date.now() - started} ms`);
    await notify(boss, job.scanId, log);
  } catch (error) {
    if (error instanceof ScanAbortedError) return; // handed back by stop(); the job is pg-boss's again
    const transient = error instanceof ScanPhaseError && error.transient;
    log(`scan ${job.scanId} of ${cluster.name} failed in ${error instanceof ScanPhaseError ? error.phase : "?"}: ${error instanceof Error ? error.message : String(error)}${transient ? " (will retry)" : ""}`);
    // Transient failures go back to the queue (retried with backoff); permanent ones stay failed.
    if (transient && willRetry) throw error;
    await notify(boss, job.scanId, log);
    if (transient) throw error;
  }
}

async function pruneAudit(log: TLog): Promise<void> {
  const removed = await pruneAuditLog();
  if (removed.events > 0 || removed.throttles > 0) log(`retention: removed ${removed.events} audit events older than a year, ${removed.throttles} ended sign-in counters`);
}

export interface TWorkerOptions {
  log?: TLog;
  concurrency?: number;
  /** How long stop() waits for running scans before handing them back (RAMPARTS_SHUTDOWN_GRACE_SECONDS). */
  shutdownGraceMs?: number;
  /** Seconds before a failed webhook delivery is tried again (tests shorten it). */
  notificationBackoff?: TBackoff;
  /** How overdue a pending delivery must be before the sweep queues it again (tests shorten it). */
  notificationSweepMarginMs?: number;
}

/** Queues again the deliveries whose job was lost (lib/notifications/sweep.ts). */
async function sweepDeliveries(boss: PgBoss, log: TLog, marginMs: number): Promise<void> {
  const requeued = await requeueStuckDeliveries((deliveryId, attempts) => enqueueDelivery(boss, deliveryId, attempts), new Date(), marginMs);
  if (requeued > 0) log(`notifications: ${requeued} pending delivery(ies) whose job was lost queued again`);
}

export async function startWorker(connectionString: string, options: TWorkerOptions = {}): Promise<TWorker> {
  const log = options.log ?? ((line: string) => logger().info({ scope: "worker" }, line));
  const concurrency = options.concurrency ?? env().RAMPARTS_WORKER_CONCURRENCY;
  const graceMs = options.shutdownGraceMs ?? env().RAMPARTS_SHUTDOWN_GRACE_SECONDS * 1_000;
  const running = new Map<string, TRunningScan>();
  const boss = await startQueue(connectionString, "worker");
  for (let slot = 0; slot < concurrency; slot += 1) {
    await boss.work<TScanJob>(SCAN_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      const controller = new AbortController();
      running.set(job.id, { scanId: job.data.scanId, controller, willRetry: job.retryCount < job.retryLimit });
      try {
        await handleScan(boss, job.data, log, controller.signal, job.retryCount < job.retryLimit);
      } finally {
        running.delete(job.id);
      }
    });
  }
  await boss.work<TNotifyJob>(NOTIFY_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    const result = await sendDelivery(job.data.deliveryId, { backoff: options.notificationBackoff, expectedAttempts: job.data.attempts });
    if (!result) return;
    const { delivery, retryInSeconds } = result;
    if (retryInSeconds !== null) {
      // Should this fail, the delivery stays pending with its next attempt set: the sweep finds it.
      await enqueueDelivery(boss, delivery.id, delivery.attempts, retryInSeconds);
      log(`notification ${delivery.id} (${delivery.event}): attempt ${delivery.attempts} failed (${delivery.lastError ?? "?"}), next in ${retryInSeconds} s`);
    } else if (delivery.status === "failed") {
      log(`notification ${delivery.id} (${delivery.event}): gave up after ${delivery.attempts} attempt(s): ${delivery.lastError ?? "?"}`);
    }
  });
  await boss.work(TICK_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
    const count = await enqueueDueScans(boss);
    if (count > 0) log(`scheduled ${count} scan(s)`);
  });
  await boss.work(PRUNE_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const days = env().RAMPARTS_FINDINGS_RETENTION_DAYS;
    const removed = await pruneFindings(new Date(Date.now() - days * 86_400_000));
    log(`retention: removed ${removed} finding rows older than ${days} days`);
    const deliveries = await pruneDeliveries(new Date(Date.now() - days * 86_400_000));
    if (deliveries > 0) log(`retention: removed ${deliveries} webhook deliveries older than ${days} days`);
    await pruneAudit(log);
  });
  const sweepMarginMs = options.notificationSweepMarginMs ?? DEFAULT_SWEEP_MARGIN_MS;
  await boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: 30 }, () => sweepDeliveries(boss, log, sweepMarginMs));
  await boss.schedule(TICK_QUEUE, "* * * * *", {}, { tz: "UTC" });
  await boss.schedule(SWEEP_QUEUE, "*/5 * * * *", {}, { tz: "UTC" });
  await boss.schedule(PRUNE_QUEUE, "17 3 * * *", {}, { tz: "UTC" });
  // The audit log's retention also runs at start: a worker restarted daily never misses it.
  await pruneAudit(log).catch((error: unknown) => log(`audit retention failed: ${String(error)}`));
  // Endpoints stored before URLs were encrypted: encrypted now (lib/db/notifications.ts).
  await sealUrls()
    .then((sealed) => (sealed > 0 ? log(`notifications: ${sealed} endpoint URL(s) stored in clear now encrypted`) : undefined))
    .catch((error: unknown) => log(`encrypting stored webhook URLs failed: ${String(error)}`));
  // A worker back after an outage sends what was left pending at once.
  await sweepDeliveries(boss, log, sweepMarginMs).catch((error: unknown) => log(`notification sweep failed: ${String(error)}`));
  // Do not wait up to a minute for the first tick after a start.
  await enqueueDueScans(boss).catch((error: unknown) => log(`first tick failed: ${String(error)}`));
  log(`ready: ${concurrency} scan slot(s)`);
  return {
    boss,
    async stop() {
      // Take no new job, and give the running scans the grace period to finish. pg-boss then fails
      // the jobs still active ("shut down while active"): retried later by any worker, with backoff.
      await boss.stop({ graceful: true, wait: true, timeout: graceMs });
      // Their scan rows must not stay "running": stop the pipelines writing, then hand them back.
      for (const scan of running.values()) scan.controller.abort();
      for (const scan of running.values()) {
        const status = await handBackScan(scan.scanId, scan.willRetry, "The worker stopped (shutdown) before this scan finished, and no retry was left.", text("scanWorkerStopped"));
        if (status) log(`scan ${scan.scanId} handed back (${status}): the worker stopped before it finished`);
      }
    },
  };
}
