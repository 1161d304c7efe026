import "server-only";
import { AppError } from "../../errors";
import { db } from "../client";
import type { ScanStatus } from "../../../prisma/generated/client";
import { lastGoodScan } from "../scans";

/** The cluster, or not_found. Archived clusters are still readable (their history stays). */
export async function requireCluster(clusterId: string) {
  const cluster = await db().cluster.findUnique({ where: { id: clusterId }, select: { id: true, name: true, archived: true } });
  if (!cluster) throw new AppError("not_found", "notFound", { what: "cluster" });
  return cluster;
}

/** requireCluster for several clusters in one read: not_found when any of them is unknown. */
export async function requireClusters(clusterIds: readonly string[]) {
  const wanted = [...new Set(clusterIds)];
  if (wanted.length === 0) return [];
  const clusters = await db().cluster.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, archived: true } });
  if (clusters.length !== wanted.length) throw new AppError("not_found", "notFound", { what: "cluster" });
  return clusters;
}

/**
 * The cluster's current scan: its newest succeeded or partial one. A failed scan never becomes
 * current, whatever its date (lib/db/scans.ts lastGoodScan).
 */
export async function currentScanOf(clusterId: string) {
  return lastGoodScan(clusterId);
}

/** What reads of several clusters need of a current scan. */
export interface TCurrentScan {
  id: string;
  clusterId: string;
  status: ScanStatus;
  queuedAt: Date;
  finishedAt: Date | null;
  ratingsVersionId: number | null;
}

/**
 * currentScanOf for several clusters in one read (lastGoodScan's rule and order, one index probe
 * per cluster): cluster id → its current scan; a cluster without one has no entry.
 */
export async function currentScansOf(clusterIds: readonly string[]): Promise<Map<string, TCurrentScan>> {
  const wanted = [...new Set(clusterIds)];
  if (wanted.length === 0) return new Map();
  const rows = await db().$queryRaw<TCurrentScan[]>`
    SELECT s.id, s.cluster_id AS "clusterId", s.status::text AS status, s.queued_at AS "queuedAt", s.finished_at AS "finishedAt",
           s.ratings_version_id AS "ratingsVersionId"
    FROM unnest(${wanted}::uuid[]) AS c(id)
    CROSS JOIN LATERAL (
      SELECT * FROM scans WHERE cluster_id = c.id AND status IN ('succeeded', 'partial') AND finished_at IS NOT NULL
      ORDER BY finished_at DESC, queued_at DESC LIMIT 1
    ) s`;
  return new Map(rows.map((row) => [row.clusterId, row]));
}
