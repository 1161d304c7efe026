// A cluster over the report's period: where it started and where it ended, from its trend points
// (good scans of the period re-scored with today's ratings, so the two ends compare like with like).
import type { TQuickWinId } from "../scoring/quick-wins";
import type { TClusterInput, TTrendVertex } from "./model";

export interface TPeriodEnd {
  posture: number | null;
  compliance: Record<TQuickWinId, number | null>;
}

export interface TClusterPeriod {
  /** The first good scan of the period; null with fewer than two (no change to speak of). */
  start: TPeriodEnd | null;
  /** The last one, or the matrix's numbers now when it is the current scan (exceptions in force apply). */
  end: TPeriodEnd | null;
  change: number | null;
  scans: number;
  new: number;
  resolved: number;
  trend: TTrendVertex[];
}

export function clusterPeriod(cluster: TClusterInput): TClusterPeriod {
  const points = cluster.trends.points;
  const first = points[0];
  const last = points.at(-1);
  const lastIsCurrent = last !== undefined && last.scanId === cluster.matrix.scan?.id;
  const end: TPeriodEnd | null = !last
    ? null
    : lastIsCurrent
      ? { posture: cluster.matrix.postureScore, compliance: Object.fromEntries(cluster.matrix.quickWins.map((point) => [point.quickWin, point.compliance])) as TPeriodEnd["compliance"] }
      : { posture: last.postureScore, compliance: last.compliance };
  const start: TPeriodEnd | null = first && points.length >= 2 ? { posture: first.postureScore, compliance: first.compliance } : null;
  const change = start?.posture != null && end?.posture != null ? round2(end.posture - start.posture) : null;
  return {
    start,
    end,
    change,
    scans: points.length,
    // Changes between the period's first good scan and its last: the first scan's own counts
    // compare it with a scan before the period (or with nothing: a first scan finds all "new").
    new: points.slice(1).reduce((sum, point) => sum + point.new, 0),
    resolved: points.slice(1).reduce((sum, point) => sum + point.resolved, 0),
    trend: points.filter((point) => point.postureScore !== null).map((point) => ({ at: point.finishedAt, posture: point.postureScore! })),
  };
}

export const round2 = (value: number) => Math.round(value * 100) / 100;

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}
