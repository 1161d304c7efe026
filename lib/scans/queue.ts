// The job queue (pg-boss, on the same PostgreSQL). Scans go through one "stately" queue keyed by
// cluster: at most one queued and one running scan per cluster, whatever the number of workers.
import PgBoss from "pg-boss";
import { env } from "../env";
import { log } from "../log/log";
import { claimDueClusters } from "../db/clusters";
import { createScan, deleteQueuedScan, pendingScan } from "../db/scans";
import { nextRun } from "./schedule";

export const SCAN_QUEUE = "scan";
export const TICK_QUEUE = "scan-tick";
export const PRUNE_QUEUE = "prune-findings";
/** Webhook deliveries (lib/notifications): one job per attempt; the backoff is ours, not pg-boss's. */
export const NOTIFY_QUEUE = "notification";
/** Every few minutes: re-queues pending deliveries whose job was lost (lib/notifications/sweep.ts). */
export const SWEEP_QUEUE = "notification-sweep";

/** `attempts`: the delivery's attempt count when queued; a job that finds another count does nothing. */
export interface TNotifyJob {
  deliveryId: string;
  attempts?: number;
}

export interface TScanJob {
  scanId: string;
  clusterId: string;
}

export async function startQueue(connectionString: string, role: "worker" | "client"): Promise<PgBoss> {
  const settings = env();
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    max: role === "worker" ? 4 : 2,
    // Only workers run maintenance (expiry of crashed jobs) and cron; the web app only sends.
    supervise: role === "worker",
    schedule: role === "worker",
    maintenanceIntervalSeconds: settings.RAMPARTS_QUEUE_MAINTENANCE_SECONDS,
  });
  boss.on("error", (error) => log().error({ scope: "queue", err: error }, "pg-boss error"));
  await boss.start();
  const scanQueue = {
    name: SCAN_QUEUE,
    policy: "stately" as const,
    retryLimit: settings.RAMPARTS_SCAN_RETRIES,
    retryDelay: 15,
    retryBackoff: true,
    expireInSeconds: settings.RAMPARTS_SCAN_TIMEOUT_SECONDS,
  };
  await boss.createQueue(SCAN_QUEUE, scanQueue);
  // createQueue leaves an existing queue as it was: apply today's timeout and retry settings.
  await boss.updateQueue(SCAN_QUEUE, scanQueue);
  await boss.createQueue(TICK_QUEUE, { name: TICK_QUEUE, policy: "short", retryLimit: 0, expireInSeconds: 120 });
  // A job lost with a crashed worker is tried once more; the delivery row says whether it already went.
  // "singleton": one active job per singleton key (the delivery id), so a delivery queued twice (a
  // sweep's job next to one only late) is never sent by two workers at once.
  const notifyQueue = { name: NOTIFY_QUEUE, policy: "singleton" as const, retryLimit: 1, retryDelay: 30, expireInSeconds: 120 };
  await boss.createQueue(NOTIFY_QUEUE, notifyQueue);
  // Databases made before the sweep have it as "standard".
  await boss.updateQueue(NOTIFY_QUEUE, notifyQueue);
  await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, policy: "short", retryLimit: 0, expireInSeconds: 300 });
  await boss.createQueue(PRUNE_QUEUE, { name: PRUNE_QUEUE, policy: "short", retryLimit: 1, expireInSeconds: 3_600 });
  return boss;
}

/** Queues one attempt of a stored delivery, keyed by its id (see NOTIFY_QUEUE's policy). */
export async function enqueueDelivery(boss: PgBoss, deliveryId: string, attempts: number, startAfterSeconds?: number): Promise<void> {
  await boss.send(NOTIFY_QUEUE, { deliveryId, attempts } satisfies TNotifyJob, { singletonKey: deliveryId, ...(startAfterSeconds ? { startAfter: startAfterSeconds } : {}) });
}

/**
 * Enqueues a scan of a cluster, or joins the one already waiting: returns its id either way.
 * The scan row exists before the job, so the UI can show "queued" at once.
 */
export async function enqueueScan(boss: PgBoss, clusterId: string, attempt = 0): Promise<{ scanId: string; joined: boolean }> {
  const scanId = await createScan(clusterId);
  const jobId = await boss.send(SCAN_QUEUE, { scanId, clusterId } satisfies TScanJob, { singletonKey: clusterId });
  if (jobId) return { scanId, joined: false };
  await deleteQueuedScan(scanId);
  const existing = await pendingScan(clusterId);
  if (existing) return { scanId: existing.id, joined: true };
  // The waiting job finished between our two steps: one more try is enough.
  if (attempt > 0) throw new Error("Could not enqueue the scan: the queue refused it twice.");
  return enqueueScan(boss, clusterId, attempt + 1);
}

/** The scheduler's tick: enqueue every cluster whose cron schedule is due. */
export async function enqueueDueScans(boss: PgBoss, now = new Date()): Promise<number> {
  const due = await claimDueClusters(now, (schedule, from) => nextRun(schedule, from));
  for (const clusterId of due) await enqueueScan(boss, clusterId);
  return due.length;
}
