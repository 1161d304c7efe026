// One cluster's page: its numbers now (exactly the matrix's), its period, its worst namespaces,
// what could not be assessed and the risks it accepted.
import type { TException } from "../api/schemas/exceptions";
import type { TClusterInput, TClusterSection } from "./model";
import { thin } from "./model-fleet";
import { clusterPeriod } from "./model-period";

export const WORST_NAMESPACES = 5;
export const LISTED_GAPS = 8;
export const LISTED_EXCEPTIONS = 8;
export const LISTED_PRIORITIES = 5;

/** What an exception covers, as "namespace/Kind/name/container" (the whole cluster: ""). */
export function exceptionTarget(exception: Pick<TException, "scope" | "namespace" | "objectKind" | "objectName" | "container">): string {
  const parts = [exception.namespace, exception.objectKind, exception.objectName, exception.container];
  const wanted = { cluster: 0, namespace: 1, object: 3, container: 4 }[exception.scope];
  return parts.slice(0, wanted).filter((part): part is string => Boolean(part)).join("/");
}

export function clusterSectionOf(cluster: TClusterInput): TClusterSection {
  const { matrix } = cluster;
  const period = clusterPeriod(cluster);
  const current = matrix.scan;
  const last = cluster.lastScan;
  const worst = cluster.namespaces.namespaces
    .filter((row) => row.postureScore !== null)
    .map((row) => ({ namespace: row.namespace, posture: row.postureScore!, grade: row.grade, openFindings: row.openFindings }))
    .sort((a, b) => a.posture - b.posture || b.openFindings - a.openFindings || a.namespace.localeCompare(b.namespace));
  const gaps = cluster.scan?.coverageGaps ?? [];
  return {
    id: cluster.id,
    name: cluster.name,
    environment: cluster.environment,
    scan: current ? { id: current.id, status: current.status, finishedAt: current.finishedAt } : null,
    lastAttempt: last && last.id !== current?.id ? { status: last.status, at: last.at, error: last.error } : null,
    posture: matrix.postureScore,
    grade: matrix.grade,
    quickWins: matrix.quickWins.map((point) => ({ quickWin: point.quickWin, compliance: point.compliance, openFindings: point.openFindings, notAssessable: point.notAssessable })),
    priority: matrix.priority.slice(0, LISTED_PRIORITIES),
    period: { scans: period.scans, new: period.new, resolved: period.resolved, change: period.change, trend: thin(period.trend) },
    lastScanCounts: cluster.scan ? { new: cluster.scan.counts.new, resolved: cluster.scan.counts.resolved } : null,
    namespaces: { total: cluster.namespaces.namespaces.length, worst: worst.slice(0, WORST_NAMESPACES) },
    gaps: {
      total: gaps.length,
      items: gaps.slice(0, LISTED_GAPS).map((gap) => ({ kind: gap.kind, name: gap.name, reason: gap.reason, count: gap.count ?? null })),
    },
    exceptions: {
      total: cluster.exceptions.length,
      items: cluster.exceptions.slice(0, LISTED_EXCEPTIONS).map((exception) => ({
        checkId: exception.checkId,
        scope: exception.scope,
        target: exceptionTarget(exception),
        owner: exception.author,
        reason: exception.reason,
        expiresAt: exception.expiresAt,
        expiringSoon: exception.expiringSoon,
      })),
    },
  };
}
