import "server-only";
import type { TTrends, TTrendsQuery } from "../../api/schemas/scoring";
import { AppError } from "../../errors";
import type { TQuickWinId, TRating } from "../../scoring/quick-wins";
import { db } from "../client";
import { currentRatings, ratingsVersion } from "../ratings";
import { scoringRowsBetween } from "./aggregates";
import { requireClusters } from "./clusters";
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
  return (await trendsOf([clusterId], query, "", now))[0]!;
}

/** clusterTrends of several clusters (in their order), read together: four reads whatever their number. */
export async function clustersTrends(clusterIds: readonly string[], query: TTrendsQuery, now = new Date()): Promise<TTrends[]> {
  return trendsOf(clusterIds, query, "", now);
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
  if (namespace === "") throw new AppError("validation_failed", "namespaceRequired");
  const [trends] = await trendsOf([clusterId], query, namespace, now);
  return { ...trends!, namespace, points: trends!.points.map(({ new: _new, resolved: _resolved, ...point }) => point) };
}

/** The trends of the whole cluster (namespace "") or of one namespace, for each of some clusters. */
async function trendsOf(clusterIds: readonly string[], query: TTrendsQuery, namespace: string, now: Date): Promise<TTrends[]> {
  const to = query.to ?? now;
  const from = query.from ?? new Date(to.getTime() - 90 * DAY_MS);
  if (from.getTime() > to.getTime()) throw new AppError("validation_failed", "periodReversed");
  // Independent reads, side by side: a year of daily scans is ~3,300 aggregate rows a cluster.
  const [, scans, byScan, current] = await Promise.all([
    requireClusters(clusterIds),
    db().scan.findMany({
      where: { clusterId: { in: [...clusterIds] }, status: { in: ["succeeded", "partial"] }, finishedAt: { gte: from, lte: to } },
      orderBy: [{ finishedAt: "asc" }, { queuedAt: "asc" }],
      select: { id: true, clusterId: true, status: true, finishedAt: true, ratingsVersionId: true, findingsNew: true, findingsResolved: true },
    }),
    scoringRowsBetween(clusterIds, from, to, namespace),
    currentRatings(),
  ]);
  const versions = new Map<number, Record<TQuickWinId, TRating>>([[current.id, current.ratings]]);
  if (query.rescore === "recorded") {
    const wanted = [...new Set(scans.map((scan) => scan.ratingsVersionId).filter((id): id is number => id !== null && !versions.has(id)))];
    for (const version of await Promise.all(wanted.map((id) => ratingsVersion(id)))) if (version) versions.set(version.id, version.ratings);
  }
  const pointsByCluster = new Map<string, TTrends["points"]>(clusterIds.map((clusterId) => [clusterId, []]));
  // A good scan always has its nine whole-cluster rows; one that has none yet was finishing
  // between the two reads and is left for the next call. (A namespace may have no rows in a scan.)
  for (const scan of scans) {
    const scanRows = byScan.get(scan.id);
    if (!scanRows) continue;
    const versionId = query.rescore === "recorded" && scan.ratingsVersionId !== null && versions.has(scan.ratingsVersionId) ? scan.ratingsVersionId : current.id;
    const tallies = talliesOf(scanRows);
    const score = scoreOf(tallies, versions.get(versionId)!);
    pointsByCluster.get(scan.clusterId)!.push({
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
    });
  }
  return clusterIds.map((clusterId) => {
    const points = pointsByCluster.get(clusterId)!;
    return {
      clusterId,
      from,
      to,
      rescore: query.rescore,
      ratingsVersionIds: [...new Set(points.map((point) => point.ratingsVersionId))].sort((a, b) => a - b),
      currentRatingsVersionId: current.id,
      points,
    };
  });
}
