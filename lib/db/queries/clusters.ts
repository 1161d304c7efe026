import "server-only";
import { AppError } from "../../errors";
import { db } from "../client";
import { lastGoodScan } from "../scans";

/** The cluster, or not_found. Archived clusters are still readable (their history stays). */
export async function requireCluster(clusterId: string) {
  const cluster = await db().cluster.findUnique({ where: { id: clusterId }, select: { id: true, name: true, archived: true } });
  if (!cluster) throw new AppError("not_found", "No such cluster.");
  return cluster;
}

/**
 * The cluster's current scan: its newest succeeded or partial one. A failed scan never becomes
 * current, whatever its date (lib/db/scans.ts lastGoodScan).
 */
export async function currentScanOf(clusterId: string) {
  return lastGoodScan(clusterId);
}
