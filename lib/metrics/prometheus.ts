// /api/metrics in the Prometheus text format (prom-client). The fleet's gauges are built afresh
// from the database at every scrape, in a registry of their own, so a removed cluster or a grade
// that changed leaves no stale series behind; the process metrics (CPU, memory, event loop, GC)
// are collected once per process in another registry, never in prom-client's global one.
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { TClusterMetrics } from "../db/queries/metrics";
import { QUICK_WIN_IDS } from "../scoring/quick-wins";
import { SEVERITIES } from "../scoring/weights";

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;
const GRADES = ["A", "B", "C", "D", "F"] as const;
const OUTCOMES = ["succeeded", "partial", "failed"] as const;

// Kept on globalThis: `next dev` reloads modules, and default metrics registered twice would throw.
const holder = globalThis as typeof globalThis & { rampartsProcessMetrics?: Registry };

function processRegistry(): Registry {
  if (!holder.rampartsProcessMetrics) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    holder.rampartsProcessMetrics = registry;
  }
  return holder.rampartsProcessMetrics;
}

const seconds = (date: Date) => date.getTime() / 1000;

/** The fleet's gauges for one scrape. */
export function fleetRegistry(clusters: readonly TClusterMetrics[]): Registry {
  const registry = new Registry();
  const gauge = <TLabel extends string>(name: string, help: string, labelNames: readonly TLabel[]) =>
    new Gauge<TLabel>({ name, help, labelNames, registers: [registry] });
  const count = gauge("ramparts_clusters", "Clusters registered and not archived.", []);
  const info = gauge("ramparts_cluster_info", "One series per cluster, always 1: its name, id and environment.", ["cluster", "cluster_id", "environment"]);
  const posture = gauge("ramparts_cluster_posture_score", "Posture score 0-100 of the cluster's current scan with today's ratings and exceptions (absent before the first good scan).", ["cluster"]);
  const grade = gauge("ramparts_cluster_grade", "1 for the cluster's current grade, 0 for the others (absent before the first good scan).", ["cluster", "grade"]);
  const open = gauge("ramparts_cluster_open_findings", "Open findings of the current scan by quick win and severity (waived ones excluded).", ["cluster", "quick_win", "severity"]);
  const duration = gauge("ramparts_cluster_last_scan_duration_seconds", "Run time of the newest scan that ended, whatever its outcome.", ["cluster"]);
  const outcome = gauge("ramparts_cluster_last_scan_outcome", "1 for the outcome of the newest scan that ended (succeeded, partial, failed), 0 for the others.", ["cluster", "outcome"]);
  const lastEnded = gauge("ramparts_cluster_last_scan_timestamp_seconds", "When the newest scan that ended finished (Unix time).", ["cluster"]);
  const lastGood = gauge("ramparts_cluster_last_successful_scan_timestamp_seconds", "When the current scan (newest succeeded or partial) finished (Unix time).", ["cluster"]);

  count.set(clusters.length);
  for (const { cluster: row, openFindings, lastFinished } of clusters) {
    const cluster = row.name;
    info.set({ cluster, cluster_id: row.id, environment: row.environment }, 1);
    if (row.postureScore !== null) posture.set({ cluster }, row.postureScore);
    if (row.grade !== null) for (const each of GRADES) grade.set({ cluster, grade: each }, each === row.grade ? 1 : 0);
    if (row.currentScan?.finishedAt) {
      lastGood.set({ cluster }, seconds(row.currentScan.finishedAt));
      for (const quickWin of QUICK_WIN_IDS) {
        for (const severity of SEVERITIES) open.set({ cluster, quick_win: quickWin, severity }, openFindings[quickWin][severity]);
      }
    }
    if (lastFinished) {
      lastEnded.set({ cluster }, seconds(lastFinished.finishedAt));
      if (lastFinished.startedAt) duration.set({ cluster }, Math.max(0, seconds(lastFinished.finishedAt) - seconds(lastFinished.startedAt)));
      for (const each of OUTCOMES) outcome.set({ cluster, outcome: each }, each === lastFinished.status ? 1 : 0);
    }
  }
  return registry;
}

/** The whole exposition: the fleet's gauges, then the process metrics. */
export async function renderMetrics(clusters: readonly TClusterMetrics[]): Promise<string> {
  return (await Registry.merge([fleetRegistry(clusters), processRegistry()]).metrics());
}
