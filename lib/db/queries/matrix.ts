import "server-only";
import type { TMatrix, TNamespaces } from "../../api/schemas/scoring";
import { matrixPoints } from "../../scoring/matrix";
import { priorityList } from "../../scoring/priority";
import { priorityScore, QUICK_WIN_IDS } from "../../scoring/quick-wins";
import { currentScanOf, requireCluster } from "./clusters";
import { aggregatesOf, effectOf, ratingsFor, shiftsOfScan } from "./aggregates";
import { openFindingsOf, scoreOf, shiftTallies, talliesOf } from "./tallies";

/**
 * The prioritization matrix and "do next" list of a cluster now: its current scan's aggregates,
 * with the exceptions in force today (they apply immediately, compliance included) and today's
 * ratings, or with `ratings: "recorded"` the ratings version the scan used.
 */
export async function clusterMatrix(clusterId: string, mode: "current" | "recorded"): Promise<TMatrix> {
  await requireCluster(clusterId);
  const scan = await currentScanOf(clusterId);
  const ratings = await ratingsFor(mode, scan?.ratingsVersionId);
  const [rows, shifts] = scan ? await Promise.all([aggregatesOf([scan.id], "cluster"), shiftsOfScan(scan)]) : [[], []];
  const tallies = shiftTallies(talliesOf(rows), shifts);
  const score = scoreOf(tallies, ratings.ratings);
  return {
    clusterId,
    scan: scan ? { id: scan.id, status: scan.status, finishedAt: scan.finishedAt } : null,
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
}

/** Namespaces × quick wins of the current scan (same rules as the matrix), by name. */
export async function clusterNamespaces(clusterId: string): Promise<TNamespaces> {
  await requireCluster(clusterId);
  const scan = await currentScanOf(clusterId);
  const ratings = await ratingsFor("current", null);
  const [rows, shifts] = scan ? await Promise.all([aggregatesOf([scan.id], "namespaces"), shiftsOfScan(scan)]) : [[], []];
  const byNamespace = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byNamespace.get(row.namespace) ?? [];
    list.push(row);
    byNamespace.set(row.namespace, list);
  }
  const namespaces = [...byNamespace.keys()].sort().map((namespace) => {
    const tallies = shiftTallies(talliesOf(byNamespace.get(namespace)!), shifts.filter((shift) => shift.namespace === namespace));
    const score = scoreOf(tallies, ratings.ratings);
    const cells = Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, {
      compliance: score.compliance[id],
      openFindings: tallies[id].counts.fail,
      weightedOpen: tallies[id].weighted.fail,
      notAssessable: tallies[id].counts.not_assessable,
    }])) as TNamespaces["namespaces"][number]["quickWins"];
    return { namespace, postureScore: score.postureScore, grade: score.grade, openFindings: openFindingsOf(tallies), quickWins: cells };
  });
  return {
    clusterId,
    scan: scan ? { id: scan.id, status: scan.status, finishedAt: scan.finishedAt } : null,
    ratings: { mode: ratings.mode, versionId: ratings.versionId },
    exceptions: effectOf(shifts),
    namespaces,
  };
}
