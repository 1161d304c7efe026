import "server-only";
import type { TOverview, TOverviewCluster } from "../../api/schemas/overview";
import type { TText } from "../../checks/text";
import { checkTexts } from "../../i18n/check-texts";
import { DEFAULT_LOCALE, type TLocale } from "../../i18n/locale";
import type { TGrade } from "../../scoring/posture";
import { QUICK_WIN_IDS } from "../../scoring/quick-wins";
import { db } from "../client";
import type { Environment, ScanStatus } from "../../../prisma/generated/client";
import { currentRatings } from "../ratings";
import { aggregatesOf, effectOf, rescoredPostures, shiftsOfScans } from "./aggregates";
import { scoreOf, shiftTallies, talliesOf } from "./tallies";
import { groupByScan } from "./trends";

const DAY_MS = 24 * 3600 * 1000;
const SPARKLINE = 30;

interface TClusterRow {
  id: string;
  name: string;
  environment: Environment;
  next_scan_at: Date | null;
  last_id: string | null;
  last_status: ScanStatus | null;
  last_at: Date | null;
  last_error: string | null;
  last_error_text: TText | null;
}

interface TGoodScanRow {
  cluster_id: string;
  id: string;
  status: ScanStatus;
  finished_at: Date;
  queued_at: Date;
  posture_score: number | null;
  ratings_version_id: number | null;
  /** recent: one of the last 30 good scans (newest first); ref7/ref30: the newest good scan at least 7/30 days old. */
  role: "recent" | "ref7" | "ref30";
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The fleet: every non-archived cluster with its numbers now (as /matrix: current scan, today's
 * ratings, exceptions in force), its recent history re-scored with today's ratings (so changes
 * compare like with like), and its last scan of any status. A fixed handful of queries whatever
 * the number of clusters.
 *
 * Re-scoring reads aggregates only for scans scored with another ratings version (and only once,
 * aggregates.ts rescoredPostures): a scan's stored posture is lib/scoring's over its own aggregates
 * with its own version (lib/scans/summarize.ts), so for scans of today's version it is the
 * re-scored value already.
 */
/** `locale`: the language of a failed last scan's error. */
export async function fleetOverview(now = new Date(), locale: TLocale = DEFAULT_LOCALE): Promise<TOverview> {
  const { say } = checkTexts(locale);
  const day7 = new Date(now.getTime() - 7 * DAY_MS);
  const day30 = new Date(now.getTime() - 30 * DAY_MS);
  const [ratings, clusters, scans] = await Promise.all([
    currentRatings(),
    db().$queryRaw<TClusterRow[]>`
      SELECT c.id, c.name, c.environment::text AS environment, c.next_scan_at,
             l.id AS last_id, l.status::text AS last_status, COALESCE(l.finished_at, l.started_at, l.queued_at) AS last_at, l.error AS last_error, l.error_text AS last_error_text
      FROM clusters c
      LEFT JOIN LATERAL (SELECT s.id, s.status, s.queued_at, s.started_at, s.finished_at, s.error, s.error_text FROM scans s WHERE s.cluster_id = c.id
                         ORDER BY s.queued_at DESC, s.id DESC LIMIT 1) l ON TRUE
      WHERE NOT c.archived
      ORDER BY c.name`,
    db().$queryRaw<TGoodScanRow[]>`
      SELECT g.cluster_id, g.id, g.status::text AS status, g.finished_at, g.queued_at, g.posture_score, g.ratings_version_id, g.role
      FROM clusters c
      CROSS JOIN LATERAL (
        (SELECT s.cluster_id, s.id, s.status, s.finished_at, s.queued_at, s.posture_score, s.ratings_version_id, 'recent' AS role FROM scans s
         WHERE s.cluster_id = c.id AND s.status IN ('succeeded', 'partial') AND s.finished_at IS NOT NULL
         ORDER BY s.finished_at DESC, s.queued_at DESC LIMIT ${SPARKLINE})
        UNION ALL
        (SELECT s.cluster_id, s.id, s.status, s.finished_at, s.queued_at, s.posture_score, s.ratings_version_id, 'ref7' FROM scans s
         WHERE s.cluster_id = c.id AND s.status IN ('succeeded', 'partial') AND s.finished_at <= ${day7}
         ORDER BY s.finished_at DESC, s.queued_at DESC LIMIT 1)
        UNION ALL
        (SELECT s.cluster_id, s.id, s.status, s.finished_at, s.queued_at, s.posture_score, s.ratings_version_id, 'ref30' FROM scans s
         WHERE s.cluster_id = c.id AND s.status IN ('succeeded', 'partial') AND s.finished_at <= ${day30}
         ORDER BY s.finished_at DESC, s.queued_at DESC LIMIT 1)
      ) g
      WHERE NOT c.archived`,
  ]);

  const recentByCluster = new Map<string, TGoodScanRow[]>();
  const refs = new Map<string, string>(); // `${clusterId}:${role}` → scan id
  for (const scan of scans) {
    if (scan.role !== "recent") refs.set(`${scan.cluster_id}:${scan.role}`, scan.id);
    else {
      const list = recentByCluster.get(scan.cluster_id) ?? [];
      list.push(scan); // newest first
      recentByCluster.set(scan.cluster_id, list);
    }
  }
  const currents = [...recentByCluster.values()].map((list) => list[0]!);
  const rescore = scans.filter((scan) => scan.ratings_version_id !== ratings.id).map((scan) => ({ id: scan.id, finishedAt: scan.finished_at }));
  const [currentRows, rescored, shifts] = await Promise.all([
    aggregatesOf(currents.map((scan) => scan.id), "cluster"),
    rescoredPostures(rescore, ratings),
    shiftsOfScans(currents.map((scan) => ({ id: scan.id, clusterId: scan.cluster_id, queuedAt: scan.queued_at }))),
  ]);
  const currentByScan = groupByScan(currentRows);
  const postureOf = new Map<string, number | null>(scans.map((scan) => [scan.id, rescored.has(scan.id) ? rescored.get(scan.id)! : scan.posture_score]));

  const out: TOverviewCluster[] = clusters.map((cluster) => {
    const recent = recentByCluster.get(cluster.id) ?? [];
    const current = recent[0];
    const ownShifts = current ? (shifts.get(current.id) ?? []) : [];
    const tallies = shiftTallies(talliesOf(current ? (currentByScan.get(current.id) ?? []) : []), ownShifts);
    const score = current ? scoreOf(tallies, ratings.ratings) : { postureScore: null, grade: null };
    const change = (role: "ref7" | "ref30") => {
      const refId = refs.get(`${cluster.id}:${role}`);
      const then = refId ? (postureOf.get(refId) ?? null) : null;
      return score.postureScore === null || then === null ? null : round2(score.postureScore - then);
    };
    return {
      id: cluster.id,
      name: cluster.name,
      environment: cluster.environment,
      postureScore: score.postureScore,
      grade: score.grade,
      change7d: change("ref7"),
      change30d: change("ref30"),
      sparkline: [...recent].reverse().map((scan) => ({ at: scan.finished_at, postureScore: postureOf.get(scan.id) ?? null })),
      openCritical: QUICK_WIN_IDS.reduce((sum, id) => sum + tallies[id].openBySeverity.critical, 0),
      openHigh: QUICK_WIN_IDS.reduce((sum, id) => sum + tallies[id].openBySeverity.high, 0),
      exceptions: effectOf(ownShifts),
      currentScan: current ? { id: current.id, status: current.status, finishedAt: current.finished_at } : null,
      lastScan: cluster.last_id && cluster.last_status && cluster.last_at
        ? { id: cluster.last_id, status: cluster.last_status, at: cluster.last_at, ageSeconds: Math.max(0, Math.round((now.getTime() - cluster.last_at.getTime()) / 1000)), error: cluster.last_error_text ? say(cluster.last_error_text) : cluster.last_error }
        : null,
      nextScanAt: cluster.next_scan_at,
    };
  });

  const scored = out.filter((cluster) => cluster.postureScore !== null);
  const byGrade: TOverview["totals"]["byGrade"] = { A: 0, B: 0, C: 0, D: 0, F: 0, none: 0 };
  for (const cluster of out) byGrade[(cluster.grade as TGrade | null) ?? "none"] += 1;
  return {
    generatedAt: now,
    ratingsVersionId: ratings.id,
    clusters: out,
    totals: {
      clusters: out.length,
      scanned: out.filter((cluster) => cluster.currentScan !== null).length,
      openCritical: out.reduce((sum, cluster) => sum + cluster.openCritical, 0),
      openHigh: out.reduce((sum, cluster) => sum + cluster.openHigh, 0),
      meanPosture: scored.length ? round2(scored.reduce((sum, cluster) => sum + cluster.postureScore!, 0) / scored.length) : null,
      byGrade,
      lastScanFailed: out.filter((cluster) => cluster.lastScan?.status === "failed").length,
      lastScanPartial: out.filter((cluster) => cluster.lastScan?.status === "partial").length,
    },
  };
}
