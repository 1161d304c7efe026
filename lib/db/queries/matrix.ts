import "server-only";
import type { TMatrix, TNamespaces } from "../../api/schemas/scoring";
import { matrixPoints } from "../../scoring/matrix";
import { priorityList } from "../../scoring/priority";
import { priorityScore, QUICK_WIN_IDS } from "../../scoring/quick-wins";
import { currentScansOf, requireClusters, type TCurrentScan } from "./clusters";
import { aggregatesOf, effectOf, ratingsForScans, shiftsOfScans, type TAggregateRow } from "./aggregates";
import { openFindingsOf, scoreOf, shiftTallies, talliesOf, type TStatusShift } from "./tallies";
import { groupByScan } from "./trends";

/**
 * Current scans of some clusters with their aggregates (whole cluster or per namespace) and the
 * exception shifts since each ran: a fixed handful of reads whatever the number of clusters.
 */
export async function currentScansWithRows(clusterIds: readonly string[], level: "cluster" | "namespaces") {
  await requireClusters(clusterIds);
  const byCluster = await currentScansOf(clusterIds);
  const scans = clusterIds.map((clusterId) => byCluster.get(clusterId));
  const present = scans.filter((scan): scan is TCurrentScan => scan !== undefined);
  const [rows, shifts] = await Promise.all([aggregatesOf(present.map((scan) => scan.id), level), shiftsOfScans(present)]);
  const rowsByScan = groupByScan(rows);
  return scans.map((scan) => ({
    scan,
    rows: scan ? (rowsByScan.get(scan.id) ?? []) : ([] as TAggregateRow[]),
    shifts: scan ? (shifts.get(scan.id) ?? []) : ([] as TStatusShift[]),
  }));
}

const scanRef = (scan: TCurrentScan | undefined) => (scan ? { id: scan.id, status: scan.status, finishedAt: scan.finishedAt } : null);

/**
 * The prioritization matrix and "do next" list of a cluster now: its current scan's aggregates,
 * with the exceptions in force today (they apply immediately, compliance included) and today's
 * ratings, or with `ratings: "recorded"` the ratings version the scan used.
 */
export async function clusterMatrix(clusterId: string, mode: "current" | "recorded"): Promise<TMatrix> {
  return (await clusterMatrices([clusterId], mode))[0]!;
}

/** clusterMatrix of several clusters (in their order), read together. */
export async function clusterMatrices(clusterIds: readonly string[], mode: "current" | "recorded"): Promise<TMatrix[]> {
  const reads = await currentScansWithRows(clusterIds, "cluster");
  const choices = await ratingsForScans(mode, reads.map(({ scan }) => scan?.ratingsVersionId));
  return reads.map(({ scan, rows, shifts }, index) => {
    const ratings = choices[index]!;
    const tallies = shiftTallies(talliesOf(rows), shifts);
    const score = scoreOf(tallies, ratings.ratings);
    return {
      clusterId: clusterIds[index]!,
      scan: scanRef(scan),
      ratings: { mode: ratings.mode, versionId: ratings.versionId },
      postureScore: score.postureScore,
      grade: score.grade,
      exceptions: effectOf(shifts),
      quickWins: matrixPoints(ratings.ratings).map((point) => ({
        ...point,
        score: priorityScore(ratings.ratings[point.quickWin]),
        compliance: score.compliance[point.quickWin],
        openFindings: tallies[point.quickWin].counts.fail,
        weightedOpen: tallies[point.quickWin].weighted.fail,
        waived: tallies[point.quickWin].counts.waived,
        notAssessable: tallies[point.quickWin].counts.not_assessable,
      })),
      priority: priorityList(tallies, ratings.ratings),
    };
  });
}

/** Namespaces × quick wins of the current scan (same rules as the matrix), by name. */
export async function clusterNamespaces(clusterId: string): Promise<TNamespaces> {
  return (await clustersNamespaces([clusterId]))[0]!;
}

/** clusterNamespaces of several clusters (in their order), read together. */
export async function clustersNamespaces(clusterIds: readonly string[]): Promise<TNamespaces[]> {
  const reads = await currentScansWithRows(clusterIds, "namespaces");
  const [ratings] = await ratingsForScans("current", [null]);
  return reads.map(({ scan, rows, shifts }, index) => {
    const byNamespace = new Map<string, TAggregateRow[]>();
    for (const row of rows) {
      const list = byNamespace.get(row.namespace) ?? [];
      list.push(row);
      byNamespace.set(row.namespace, list);
    }
    const namespaces = [...byNamespace.keys()].sort().map((namespace) => {
      const tallies = shiftTallies(talliesOf(byNamespace.get(namespace)!), shifts.filter((shift) => shift.namespace === namespace));
      const score = scoreOf(tallies, ratings!.ratings);
      const cells = Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, {
        compliance: score.compliance[id],
        openFindings: tallies[id].counts.fail,
        weightedOpen: tallies[id].weighted.fail,
        notAssessable: tallies[id].counts.not_assessable,
      }])) as TNamespaces["namespaces"][number]["quickWins"];
      return { namespace, postureScore: score.postureScore, grade: score.grade, openFindings: openFindingsOf(tallies), quickWins: cells };
    });
    return {
      clusterId: clusterIds[index]!,
      scan: scanRef(scan),
      ratings: { mode: ratings!.mode, versionId: ratings!.versionId },
      exceptions: effectOf(shifts),
      namespaces,
    };
  });
}
