import "server-only";
import type { TOverview } from "../../api/schemas/overview";
import type { TQuickWinId } from "../../scoring/quick-wins";
import type { TSeverityLevel } from "../../scoring/weights";
import { db } from "../client";
import { currentScansWithRows } from "./matrix";
import { fleetOverview } from "./overview";
import { shiftTallies, talliesOf } from "./tallies";

export interface TLastFinishedScan {
  status: "succeeded" | "partial" | "failed";
  startedAt: Date | null;
  finishedAt: Date;
}

export interface TClusterMetrics {
  cluster: TOverview["clusters"][number];
  /** Open findings of the current scan with the exceptions in force now (as the matrix counts them). */
  openFindings: Record<TQuickWinId, Record<TSeverityLevel, number>>;
  /** The newest scan that ended, whatever its outcome (a failed one included). */
  lastFinished: TLastFinishedScan | null;
}

/**
 * What /api/metrics exposes, computed at each scrape from the same queries as the overview (so
 * both show the same posture and grade) and the matrix (open findings): a fixed handful of reads
 * whatever the number of clusters.
 */
export async function fleetMetrics(now = new Date()): Promise<TClusterMetrics[]> {
  const overview = await fleetOverview(now);
  const ids = overview.clusters.map((cluster) => cluster.id);
  const [reads, finished] = await Promise.all([
    currentScansWithRows(ids, "cluster"),
    db().$queryRaw<(TLastFinishedScan & { clusterId: string })[]>`
      SELECT c.id AS "clusterId", s.status::text AS status, s.started_at AS "startedAt", s.finished_at AS "finishedAt"
      FROM unnest(${ids}::uuid[]) AS c(id)
      CROSS JOIN LATERAL (
        SELECT status, started_at, finished_at FROM scans WHERE cluster_id = c.id AND finished_at IS NOT NULL
        ORDER BY finished_at DESC, queued_at DESC LIMIT 1
      ) s`,
  ]);
  const lastByCluster = new Map(finished.map(({ clusterId, ...scan }) => [clusterId, scan]));
  return overview.clusters.map((cluster, index) => {
    const { rows, shifts } = reads[index]!;
    const tallies = shiftTallies(talliesOf(rows), shifts);
    const openFindings = Object.fromEntries(Object.entries(tallies).map(([quickWin, tally]) => [quickWin, { ...tally.openBySeverity }])) as TClusterMetrics["openFindings"];
    return { cluster, openFindings, lastFinished: lastByCluster.get(cluster.id) ?? null };
  });
}
