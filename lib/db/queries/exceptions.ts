import "server-only";
import type { TException, TExceptionHistory } from "../../api/schemas/exceptions";
import { AppError } from "../../errors";
import { db } from "../client";
import { exceptionHistory } from "../exceptions";
import type { RiskException } from "../../../prisma/generated/client";
import { requireClusters } from "./clusters";

const SOON_MS = 14 * 24 * 3600 * 1000;

export function exceptionJson(row: RiskException, now = new Date()): TException {
  const state = row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
  return {
    id: row.id,
    clusterId: row.clusterId,
    checkId: row.checkId,
    scope: row.scope,
    namespace: row.namespace,
    objectKind: row.objectKind,
    objectName: row.objectName,
    container: row.container,
    reason: row.reason,
    author: row.author,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    state,
    expiringSoon: state === "active" && row.expiresAt.getTime() - now.getTime() <= SOON_MS,
  };
}

/** The rows an exception `state` narrows to at `now` (every row without one). */
function stateWhere(state: TException["state"] | undefined, now: Date) {
  return state === "active" ? { revokedAt: null, expiresAt: { gt: now } }
    : state === "expired" ? { revokedAt: null, expiresAt: { lte: now } }
    : state === "revoked" ? { revokedAt: { not: null } }
    : {};
}

/** A cluster's exceptions, soonest expiry first; `state` narrows to active, expired or revoked. */
export async function listClusterExceptions(clusterId: string, state?: TException["state"], now = new Date()): Promise<TException[]> {
  return (await listExceptionsOfClusters([clusterId], state, now)).get(clusterId) ?? [];
}

/** listClusterExceptions of several clusters in one read: cluster id → its exceptions (none: no entry). */
export async function listExceptionsOfClusters(clusterIds: readonly string[], state?: TException["state"], now = new Date()): Promise<Map<string, TException[]>> {
  await requireClusters(clusterIds);
  const byCluster = new Map<string, TException[]>();
  if (clusterIds.length === 0) return byCluster;
  const rows = await db().riskException.findMany({ where: { clusterId: { in: [...clusterIds] }, ...stateWhere(state, now) }, orderBy: [{ expiresAt: "asc" }, { id: "asc" }] });
  for (const row of rows) {
    const list = byCluster.get(row.clusterId) ?? [];
    list.push(exceptionJson(row, now));
    byCluster.set(row.clusterId, list);
  }
  return byCluster;
}

/**
 * Exceptions of every cluster (archived ones included: their acceptances stay on record), soonest
 * expiry first, each with its cluster's name; `state` narrows as in listClusterExceptions.
 */
export async function listAllExceptions(state?: TException["state"], now = new Date()): Promise<(TException & { clusterName: string })[]> {
  const rows = await db().riskException.findMany({
    where: stateWhere(state, now),
    orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
    include: { cluster: { select: { name: true } } },
  });
  return rows.map(({ cluster, ...row }) => ({ ...exceptionJson(row, now), clusterName: cluster.name }));
}

export async function exceptionHistoryJson(exceptionId: string): Promise<TExceptionHistory> {
  const exists = await db().riskException.findUnique({ where: { id: exceptionId }, select: { id: true } });
  if (!exists) throw new AppError("not_found", "notFound", { what: "exception" });
  const events = await exceptionHistory(exceptionId);
  return {
    exceptionId,
    events: events.map((event) => ({
      id: event.id,
      action: event.action,
      actor: event.actor,
      at: event.at,
      details: event.details && typeof event.details === "object" && !Array.isArray(event.details) ? (event.details as Record<string, unknown>) : {},
    })),
  };
}
