// The summary page's numbers for the clusters in the report: fleet posture and its change, the
// biggest risks, the actions in priority order, what improved, the fleet matrix and trend.
import { matrixPoints } from "../scoring/matrix";
import { gradeFor } from "../scoring/posture";
import { QUICK_WIN_IDS, type TQuickWinId, type TRating } from "../scoring/quick-wins";
import type { TAction, TClusterInput, TFleet, TFleetBubble, TReportInput, TRisk, TTrendVertex } from "./model";
import { clusterPeriod, mean, round2, type TClusterPeriod } from "./model-period";

export const TOP_RISKS = 3;
export const TOP_ACTIONS = 5;
export const IMPROVED_QUICK_WINS = 3;
export const IMPROVED_CLUSTERS = 5;
/** The fleet trend is drawn through at most this many points (evenly picked, last one kept). */
export const TREND_VERTICES = 120;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function quickWinOf(cluster: TClusterInput, quickWin: TQuickWinId) {
  return cluster.matrix.quickWins.find((point) => point.quickWin === quickWin);
}

/**
 * Posture points a cluster gains once `quickWin` is fully compliant: posture is the gain-weighted
 * mean of the assessable compliances, so raising one from c to 1 adds 100 × gain × (1 − c) ÷ Σ gain.
 */
export function expectedGain(cluster: TClusterInput, quickWin: TQuickWinId): number {
  const assessable = cluster.matrix.quickWins.filter((point) => point.compliance !== null);
  const point = assessable.find((candidate) => candidate.quickWin === quickWin);
  const gains = sum(assessable.map((candidate) => candidate.gain));
  return point && gains > 0 ? (100 * point.gain * (1 - point.compliance!)) / gains : 0;
}

/**
 * The fleet's "do next": each cluster's priority list merged by quick win, in the priority list's
 * own order (lib/scoring/priority.ts: Score desc, then weighted open findings desc, then id) over
 * the fleet's totals. For a single cluster this is exactly its matrix priority list.
 */
export function fleetActions(clusters: readonly TClusterInput[]): TAction[] {
  const scored = clusters.filter((cluster) => cluster.matrix.postureScore !== null);
  const byQuickWin = new Map<TQuickWinId, TAction>();
  for (const cluster of clusters) {
    for (const item of cluster.matrix.priority) {
      const action = byQuickWin.get(item.quickWin) ?? {
        quickWin: item.quickWin, score: item.score, complexity: item.complexity, gain: item.gain,
        openFindings: 0, weightedOpen: 0, clusters: [], expectedPoints: null,
      };
      action.openFindings += item.openFindings;
      action.weightedOpen += item.weightedOpen;
      action.clusters.push(cluster.name);
      byQuickWin.set(item.quickWin, action);
    }
  }
  const actions = [...byQuickWin.values()].map((action) => ({ ...action, expectedPoints: mean(scored.map((cluster) => expectedGain(cluster, action.quickWin))) }));
  return actions.sort((a, b) => b.score - a.score || b.weightedOpen - a.weightedOpen || a.quickWin.localeCompare(b.quickWin));
}

/** Risk = severity-weighted open findings × gain (exposure times what fixing it is worth), largest first. */
export function fleetRisks(clusters: readonly TClusterInput[]): TRisk[] {
  const risks = QUICK_WIN_IDS.map((quickWin): TRisk & { gainWeight: number } => {
    const points = clusters.map((cluster) => ({ cluster, point: quickWinOf(cluster, quickWin) }));
    const open = points.filter(({ point }) => point && point.openFindings > 0);
    const worst = points
      .filter(({ point }) => point && point.compliance !== null)
      .sort((a, b) => a.point!.compliance! - b.point!.compliance! || a.cluster.name.localeCompare(b.cluster.name))[0];
    const weightedOpen = sum(points.map(({ point }) => point?.weightedOpen ?? 0));
    return {
      quickWin,
      weightedOpen,
      openFindings: sum(points.map(({ point }) => point?.openFindings ?? 0)),
      clusters: open.length,
      worst: worst ? { cluster: worst.cluster.name, compliance: worst.point!.compliance! } : null,
      gainWeight: weightedOpen * (points.find(({ point }) => point)?.point?.gain ?? 0),
    };
  });
  return risks
    .filter((risk) => risk.weightedOpen > 0)
    .sort((a, b) => b.gainWeight - a.gainWeight || b.weightedOpen - a.weightedOpen || a.quickWin.localeCompare(b.quickWin))
    .slice(0, TOP_RISKS)
    .map(({ gainWeight: _gainWeight, ...risk }) => risk);
}

/** One bubble per quick win: placed by today's ratings, sized by the fleet's open findings, coloured by mean compliance. */
export function fleetBubbles(clusters: readonly TClusterInput[], ratings: Record<TQuickWinId, TRating>): TFleetBubble[] {
  return matrixPoints(ratings).map((point) => {
    const rows = clusters.map((cluster) => quickWinOf(cluster, point.quickWin));
    const compliances = rows.map((row) => row?.compliance).filter((value): value is number => typeof value === "number");
    return {
      ...point,
      score: 2 * point.gain - point.complexity,
      openFindings: sum(rows.map((row) => row?.openFindings ?? 0)),
      compliance: mean(compliances),
    };
  });
}

/**
 * The fleet's posture through the period: at each scan time, the mean over the clusters already
 * scanned of their latest posture then. Thinned to TREND_VERTICES points for drawing.
 */
export function fleetTrend(periods: readonly TClusterPeriod[]): TTrendVertex[] {
  const times = [...new Set(periods.flatMap((period) => period.trend.map((vertex) => vertex.at.getTime())))].sort((a, b) => a - b);
  const cursors = periods.map(() => -1);
  const vertices = times.map((time) => {
    const latest: number[] = [];
    periods.forEach((period, index) => {
      while (cursors[index]! + 1 < period.trend.length && period.trend[cursors[index]! + 1]!.at.getTime() <= time) cursors[index]! += 1;
      if (cursors[index]! >= 0) latest.push(period.trend[cursors[index]!]!.posture);
    });
    return { at: new Date(time), posture: round2(mean(latest)!) };
  });
  return thin(vertices);
}

/** At most TREND_VERTICES vertices, evenly picked, first and last kept. */
export function thin<TVertex>(vertices: readonly TVertex[]): TVertex[] {
  if (vertices.length <= TREND_VERTICES) return [...vertices];
  return Array.from({ length: TREND_VERTICES }, (_, index) => vertices[Math.round((index * (vertices.length - 1)) / (TREND_VERTICES - 1))]!);
}

export function fleetOf(input: TReportInput): TFleet {
  const { clusters } = input;
  const ratings = Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, { complexity: input.ratings.current.ratings[id].complexity, gain: input.ratings.current.ratings[id].gain }])) as Record<TQuickWinId, TRating>;
  const periods = clusters.map(clusterPeriod);
  const postures = clusters.map((cluster) => cluster.matrix.postureScore).filter((value): value is number => value !== null);
  const posture = postures.length ? round2(mean(postures)!) : null;
  const compared = periods.map((period, index) => ({ period, cluster: clusters[index]! })).filter(({ period }) => period.change !== null);
  const startMean = mean(compared.map(({ period }) => period.start!.posture!));
  const endMean = mean(compared.map(({ period }) => period.end!.posture!));
  const quickWinDeltas = QUICK_WIN_IDS.map((quickWin) => {
    const deltas = compared
      .map(({ period }) => [period.start!.compliance[quickWin], period.end!.compliance[quickWin]] as const)
      .filter((pair): pair is readonly [number, number] => pair[0] !== null && pair[1] !== null)
      .map(([from, to]) => to - from);
    return { quickWin, delta: mean(deltas) ?? 0 };
  });
  return {
    clusters: clusters.length,
    scanned: clusters.filter((cluster) => cluster.matrix.scan !== null).length,
    neverScanned: clusters.filter((cluster) => cluster.matrix.scan === null).map((cluster) => cluster.name),
    posture,
    grade: gradeFor(posture),
    start: startMean === null ? null : { posture: round2(startMean), grade: gradeFor(round2(startMean)) },
    change: startMean === null || endMean === null ? null : round2(endMean - startMean),
    openFindings: sum(clusters.flatMap((cluster) => cluster.matrix.quickWins.map((point) => point.openFindings))),
    openCritical: sum(clusters.map((cluster) => cluster.openCritical)),
    openHigh: sum(clusters.map((cluster) => cluster.openHigh)),
    risks: fleetRisks(clusters),
    actions: fleetActions(clusters).slice(0, TOP_ACTIONS),
    improved: {
      resolved: sum(periods.map((period) => period.resolved)),
      new: sum(periods.map((period) => period.new)),
      quickWins: quickWinDeltas.filter((entry) => entry.delta >= 0.01).sort((a, b) => b.delta - a.delta || a.quickWin.localeCompare(b.quickWin)).slice(0, IMPROVED_QUICK_WINS),
      clusters: compared
        .filter(({ period }) => period.change! > 0)
        .sort((a, b) => b.period.change! - a.period.change! || a.cluster.name.localeCompare(b.cluster.name))
        .slice(0, IMPROVED_CLUSTERS)
        .map(({ period, cluster }) => ({
          name: cluster.name, from: period.start!.posture!, to: period.end!.posture!,
          gradeFrom: gradeFor(period.start!.posture), gradeTo: gradeFor(period.end!.posture),
        })),
    },
    matrix: fleetBubbles(clusters, ratings),
    trend: fleetTrend(periods),
    clusterTrends: periods.map((period) => thin(period.trend)).filter((trend) => trend.length > 0),
  };
}
