import "server-only";
import type { TQuickWinId, TRating } from "../../scoring/quick-wins";
import { db } from "../client";
import { Prisma } from "../../../prisma/generated/client";
import { currentRatings, ratingsVersion } from "../ratings";
import { exceptionsSince, statusShifts } from "./exception-status";
import { scoreOf, talliesOf, type TAggregateCounts, type TScoringRow, type TStatusShift } from "./tallies";

export interface TAggregateRow extends TAggregateCounts {
  scanId: string;
  namespace: string;
}

/**
 * scan_aggregates rows of some scans: the whole-cluster rows (namespace "") or the per-namespace
 * ones. Trends, matrix, namespaces and the overview read this table, never the findings (apart
 * from the bounded exception shifts of exception-status.ts).
 */
export async function aggregatesOf(scanIds: readonly string[], level: "cluster" | "namespaces"): Promise<TAggregateRow[]> {
  if (scanIds.length === 0) return [];
  const namespace = level === "cluster" ? Prisma.sql`namespace = ''` : Prisma.sql`namespace <> ''`;
  return db().$queryRaw<TAggregateRow[]>`
    SELECT scan_id AS "scanId", namespace, quick_win::text AS "quickWin", pass, fail, waived,
           not_assessable AS "notAssessable", weighted_pass AS "weightedPass", weighted_fail AS "weightedFail",
           weighted_waived AS "weightedWaived", open_critical AS "openCritical", open_high AS "openHigh",
           open_medium AS "openMedium", open_low AS "openLow"
    FROM scan_aggregates
    WHERE scan_id = ANY(${[...scanIds]}::uuid[]) AND ${namespace}`;
}

// History reads fetch a year of scans at a time. Decoding rows costs about a microsecond per
// value through the driver, so scoring rows travel as one text value, a line per scan
// ("scan:QWn,fail,wp,wf,ww;QWn,…"), measured three times faster for 15,000 rows than rows, and
// its scan id once rather than on each of its nine rows (a third of the text, and of the decoding,
// for a year of 20 clusters); every field is a uuid, an enum label or an integer.
const scoringText = (from: Prisma.Sql, where: Prisma.Sql) => Prisma.sql`
  SELECT string_agg(g.line, E'\n') AS rows
  FROM (SELECT a.scan_id::text || ':' || string_agg(concat_ws(',', a.quick_win, a.fail, a.weighted_pass, a.weighted_fail, a.weighted_waived), ';') AS line
        FROM ${from} WHERE ${where} GROUP BY a.scan_id) g`;

/** Scan id → its scoring rows (tallies.ts TScoringRow). */
function decodeScoringRows(text: string | null | undefined): Map<string, TScoringRow[]> {
  const byScan = new Map<string, TScoringRow[]>();
  if (!text) return byScan;
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    byScan.set(line.slice(0, colon), line.slice(colon + 1).split(";").map((entry) => {
      const [quickWin, fail, weightedPass, weightedFail, weightedWaived] = entry.split(",");
      return { quickWin: quickWin as TQuickWinId, fail: Number(fail), weightedPass: Number(weightedPass), weightedFail: Number(weightedFail), weightedWaived: Number(weightedWaived) };
    }));
  }
  return byScan;
}

/** Whole-cluster scoring rows of some scans: scan id → its rows. */
export async function scoringRowsOf(scanIds: readonly string[]): Promise<Map<string, TScoringRow[]>> {
  if (scanIds.length === 0) return new Map();
  const [row] = await db().$queryRaw<{ rows: string | null }[]>(
    scoringText(Prisma.sql`scan_aggregates a`, Prisma.sql`a.scan_id = ANY(${[...scanIds]}::uuid[]) AND a.namespace = ''`),
  );
  return decodeScoringRows(row?.rows);
}

/**
 * Scoring rows of the good scans of some clusters finished in [from, to] (one join, no id list):
 * the whole cluster's (namespace ""), or one namespace's. Scan id → its rows.
 */
export async function scoringRowsBetween(clusterIds: readonly string[], from: Date, to: Date, namespace = ""): Promise<Map<string, TScoringRow[]>> {
  if (clusterIds.length === 0) return new Map();
  const [row] = await db().$queryRaw<{ rows: string | null }[]>(scoringText(
    Prisma.sql`scans s JOIN scan_aggregates a ON a.scan_id = s.id AND a.namespace = ${namespace}`,
    Prisma.sql`s.cluster_id = ANY(${[...clusterIds]}::uuid[]) AND s.status IN ('succeeded', 'partial') AND s.finished_at >= ${from} AND s.finished_at <= ${to}`,
  ));
  return decodeScoringRows(row?.rows);
}

// Re-scored postures of past scans, memoised: a good scan's aggregates never change once it has
// finished (a re-run of the same scan sets a new finish time, hence a new key) and ratings
// versions are append-only, so an entry never goes stale. Bounded: cleared past MEMO_LIMIT.
const MEMO_LIMIT = 200_000;
const rescoredMemo = new Map<string, number | null>();

/** Posture of each scan re-scored with `ratings` (lib/scoring over its aggregates), reading only the ones not yet known. */
export async function rescoredPostures(scans: readonly { id: string; finishedAt: Date }[], ratings: { id: number; ratings: Record<TQuickWinId, TRating> }): Promise<Map<string, number | null>> {
  const keyOf = (scan: { id: string; finishedAt: Date }) => `${scan.id}:${scan.finishedAt.getTime()}:${ratings.id}`;
  const missing = scans.filter((scan) => !rescoredMemo.has(keyOf(scan)));
  if (missing.length > 0) {
    const byScan = await scoringRowsOf(missing.map((scan) => scan.id));
    if (rescoredMemo.size + missing.length > MEMO_LIMIT) rescoredMemo.clear();
    for (const scan of missing) rescoredMemo.set(keyOf(scan), scoreOf(talliesOf(byScan.get(scan.id) ?? []), ratings.ratings).postureScore);
  }
  return new Map(scans.map((scan) => [scan.id, rescoredMemo.get(keyOf(scan)) ?? null]));
}

export interface TRatingsChoice {
  mode: "current" | "recorded";
  versionId: number;
  ratings: Record<TQuickWinId, TRating>;
}

/** Today's ratings, or the version a scan recorded (today's when it recorded none). */
export async function ratingsFor(mode: "current" | "recorded", recordedVersionId: number | null | undefined): Promise<TRatingsChoice> {
  return (await ratingsForScans(mode, [recordedVersionId]))[0]!;
}

/** ratingsFor for several scans (their recorded versions, in order), each version read once. */
export async function ratingsForScans(mode: "current" | "recorded", recordedVersionIds: readonly (number | null | undefined)[]): Promise<TRatingsChoice[]> {
  const versions = new Map<number, { id: number; ratings: Record<TQuickWinId, TRating> }>();
  if (mode === "recorded") {
    const wanted = [...new Set(recordedVersionIds.filter((id): id is number => id != null))];
    for (const version of await Promise.all(wanted.map((id) => ratingsVersion(id)))) if (version) versions.set(version.id, version);
  }
  const needsCurrent = recordedVersionIds.some((id) => mode === "current" || id == null || !versions.has(id));
  const current = needsCurrent ? await currentRatings() : null;
  return recordedVersionIds.map((id) => {
    const version = (mode === "recorded" && id != null ? versions.get(id) : undefined) ?? current!;
    return { mode, versionId: version.id, ratings: version.ratings };
  });
}

/** How one scan's findings changed status since it ran (exceptions created, revoked or expired). */
export async function shiftsOfScan(scan: { id: string; clusterId: string; queuedAt: Date }): Promise<TStatusShift[]> {
  return (await shiftsOfScans([scan])).get(scan.id) ?? [];
}

/**
 * shiftsOfScan for several scans: two reads whatever their number (one when no exception moved).
 * The candidate checks are those some exception of any of their clusters touched since the
 * earliest of them was queued: a superset only bounds the read, the rules (scoped to their
 * cluster) decide which findings moved.
 */
export async function shiftsOfScans(scans: readonly { id: string; clusterId: string; queuedAt: Date }[]): Promise<Map<string, TStatusShift[]>> {
  if (scans.length === 0) return new Map();
  const since = new Date(Math.min(...scans.map((scan) => scan.queuedAt.getTime())));
  const { touched, rules } = await exceptionsSince([...new Set(scans.map((scan) => scan.clusterId))], since);
  if (touched.size === 0) return new Map();
  const involved = scans.filter((scan) => touched.has(scan.clusterId));
  const checks = [...new Set([...touched.values()].flat())];
  return statusShifts(involved.map((scan) => scan.id), rules, checks);
}

export function effectOf(shifts: readonly TStatusShift[], namespace?: string) {
  const own = namespace === undefined ? shifts : shifts.filter((shift) => shift.namespace === namespace);
  return {
    nowWaived: own.filter((shift) => shift.from === "open").reduce((sum, shift) => sum + shift.count, 0),
    noLongerWaived: own.filter((shift) => shift.from === "waived").reduce((sum, shift) => sum + shift.count, 0),
  };
}
