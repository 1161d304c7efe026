import "server-only";
import type { TTrends, TTrendsQuery } from "../../api/schemas/scoring";
import { AppError } from "../../errors";
import type { TQuickWinId, TRating } from "../../scoring/quick-wins";
import { db } from "../client";
import { currentRatings, ratingsVersion } from "../ratings";
import { scoringRowsBetween } from "./aggregates";
import { requireCluster } from "./clusters";
import { openFindingsOf, scoreOf, talliesOf } from "./tallies";

const DAY_MS = 24 * 3600 * 1000;

export function groupByScan<TRow extends { scanId: string }>(rows: readonly TRow[]): Map<string, TRow[]> {
  const byScan = new Map<string, TRow[]>();
  for (const row of rows) {
    const list = byScan.get(row.scanId) ?? [];
    list.push(row);
    byScan.set(row.scanId, list);
  }
  return byScan;
}

/**
 * Posture and per-quick-win compliance of every good scan in [from, to], from scan_aggregates
 * only. Each scan as it was recorded (with the exceptions of its time), scored with its own
 * ratings version, or with today's when `rescore` is "current". Compliance does not depend on
 * ratings; posture and grade do.
 */
export async function clusterTrends(clusterId: string, query: TTrendsQuery, now = new Date()): Promise<TTrends> {
  return trendsOf(clusterId, query, "", now);
}

/** A namespace's trend point: new and resolved findings are counted per scan for the whole cluster only. */
export type TNamespaceTrendPoint = Omit<TTrends["points"][number], "new" | "resolved">;
export type TNamespaceTrends = Omit<TTrends, "points"> & { namespace: string; points: TNamespaceTrendPoint[] };

/**
 * clusterTrends for one namespace: the same scans, scored from that namespace's own
 * scan_aggregates rows. Scans in which the namespace had no row (it did not exist yet, or held
 * nothing assessed) are not points.
 */
export async function namespaceTrends(clusterId: string, namespace: string, query: TTrendsQuery, now = new Date()): Promise<TNamespaceTrends> {
  if (namespace === "") throw new AppError("validation_failed", "A namespace name is required.");
  const trends = await trendsOf(clusterId, query, namespace, now);
  return { ...trends, namespace, points: trends.points.map(({ new: _new, resolved: _resolved, ...point }) => point) };
}

/** The trends of the whole cluster (namespace "") or of one namespace. */
async function trendsOf(clusterId: string, query: TTrendsQuery, namespace: string, now: Date): Promise<TTrends> {
  const to = query.to ?? now;
  const from = query.from ?? new Date(to.getTime() - 90 * DAY_MS);
  if (from.getTime() > to.getTime()) throw new AppError("validation_failed", "`from` must not be after `to`.");
  // Independent reads, side by side: a year of daily scans is ~3,300 aggregate rows.
  const [, scans, rows, current] = await Promise.all([
    requireCluster(clusterId),
    db().scan.findMany({
      where: { clusterId, status: { in: ["succeeded", "partial"] }, finishedAt: { gte: from, lte: to } },
      orderBy: [{ finishedAt: "asc" }, { queuedAt: "asc" }],
      select: { id: true, status: true, finishedAt: true, ratingsVersionId: true, findingsNew: true, findingsResolved: true },
    }),
    scoringRowsBetween(clusterId, from, to, namespace),
    currentRatings(),
  ]);
  const versions = new Map<number, Record<TQuickWinId, TRating>>([[current.id, current.ratings]]);
  if (query.rescore === "recorded") {
    const wanted = [...new Set(scans.map((scan) => scan.ratingsVersionId).filter((id): id is number => id !== null && !versions.has(id)))];
    for (const version of await Promise.all(wanted.map((id) => ratingsVersion(id)))) if (version) versions.set(version.id, version.ratings);
  }
  const byScan = groupByScan(rows);
  // A good scan always has its nine whole-cluster rows; one that has none yet was finishing
  // between the two reads and is left for the next call. (A namespace may have no rows in a scan.)
  const points = scans.filter((scan) => byScan.has(scan.id)).map((scan) => {
    const versionId = query.rescore === "recorded" && scan.ratingsVersionId !== null && versions.has(scan.ratingsVersionId) ? scan.ratingsVersionId : current.id;
    const tallies = talliesOf(byScan.get(scan.id) ?? []);
    const score = scoreOf(tallies, versions.get(versionId)!);
    return {
      scanId: scan.id,
      status: scan.status,
      finishedAt: scan.finishedAt!,
      postureScore: score.postureScore,
      grade: score.grade,
      ratingsVersionId: versionId,
      compliance: score.compliance,
      openFindings: openFindingsOf(tallies),
      new: scan.findingsNew,
      resolved: scan.findingsResolved,
    };
  });
  return {
    clusterId,
    from,
    to,
    rescore: query.rescore,
    ratingsVersionIds: [...new Set(points.map((point) => point.ratingsVersionId))].sort((a, b) => a - b),
    currentRatingsVersionId: current.id,
    points,
  };
}
