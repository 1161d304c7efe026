import "server-only";
import { db } from "./client";
import { asDatabaseUnavailable } from "./connection-errors";
import type { ConnectionKind, Environment, ScanStatus } from "./generated/client";

/** A cluster as the UI may see it: never its credentials. */
export interface TClusterSummary {
  id: string;
  name: string;
  environment: Environment;
  description: string;
  connectionKind: ConnectionKind;
  schedule: string;
  archived: boolean;
  lastScan: { status: ScanStatus; finishedAt: Date | null; postureScore: number | null; grade: string | null } | null;
}

export async function listClusters(options: { includeArchived?: boolean } = {}): Promise<TClusterSummary[]> {
  try {
    const rows = await db().cluster.findMany({
      where: options.includeArchived ? {} : { archived: false },
      orderBy: { name: "asc" },
      select: {
        id: true, name: true, environment: true, description: true, connectionKind: true,
        schedule: true, archived: true,
        scans: {
          orderBy: { queuedAt: "desc" },
          take: 1,
          select: { status: true, finishedAt: true, postureScore: true, grade: true },
        },
      },
    });
    return rows.map(({ scans, ...cluster }) => ({ ...cluster, lastScan: scans[0] ?? null }));
  } catch (error) {
    throw asDatabaseUnavailable(error) ?? error;
  }
}

/** What the scan pipeline needs of a cluster, credentials included: never send this to a client. */
export async function clusterForScan(id: string) {
  return db().cluster.findUnique({
    where: { id },
    select: { id: true, name: true, connectionKind: true, credentials: true, contextName: true, archived: true },
  });
}

/**
 * Claims the clusters whose scheduled scan is due and moves their next run forward, atomically
 * (rows locked by another scheduler are skipped), so each due scan is enqueued exactly once.
 */
export async function claimDueClusters(now: Date, nextRunOf: (schedule: string, from: Date) => Date | null): Promise<string[]> {
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; schedule: string }[]>`
      SELECT id, schedule FROM clusters
      WHERE NOT archived AND (next_scan_at IS NULL OR next_scan_at <= ${now})
      ORDER BY next_scan_at NULLS FIRST
      LIMIT 200
      FOR UPDATE SKIP LOCKED`;
    for (const cluster of due) {
      await tx.cluster.update({ where: { id: cluster.id }, data: { nextScanAt: nextRunOf(cluster.schedule, now) } });
    }
    return due.map((cluster) => cluster.id);
  });
}
