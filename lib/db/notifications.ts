import "server-only";
// Notification endpoints and their deliveries. The endpoint's secret is encrypted at rest like a
// cluster's credentials and leaves this module only to sign a delivery (lib/notifications/send.ts).
import { randomUUID } from "node:crypto";
import { decryptCredential, encryptCredential, notificationSecretContext } from "../crypto/credentials";
import { AppError } from "../errors";
import type { TEndpointCreate, TEndpointUpdate } from "../notifications/input";
import { db } from "./client";
import { asDatabaseUnavailable } from "./connection-errors";
import { Prisma, type NotificationDeliveryStatus, type NotificationKind } from "../../prisma/generated/client";
import type { TText } from "../checks/text";

export interface TDeliveryView {
  id: string;
  event: string;
  clusterId: string | null;
  scanId: string | null;
  status: NotificationDeliveryStatus;
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  /** lastError as a catalogue text (null on deliveries recorded before texts were stored). */
  lastErrorText: unknown;
  nextAttemptAt: Date | null;
  payloadDigest: string;
  createdAt: Date;
  updatedAt: Date;
}

/** An endpoint as an admin sees it: never its secret. */
export interface TEndpointView {
  id: string;
  name: string;
  kind: NotificationKind;
  url: string;
  events: string[];
  failureThreshold: number;
  clusterIds: string[];
  language: string;
  enabled: boolean;
  createdAt: Date;
  deliveries: TDeliveryView[];
}

const DELIVERY_SELECT = {
  id: true, event: true, clusterId: true, scanId: true, status: true, attempts: true, responseCode: true, lastError: true, lastErrorText: true,
  nextAttemptAt: true, payloadDigest: true, createdAt: true, updatedAt: true,
} as const;

const ENDPOINT_SELECT = {
  id: true, name: true, kind: true, url: true, events: true, failureThreshold: true, clusterIds: true, language: true, enabled: true, createdAt: true,
} as const;

async function asEndpointError(error: unknown, name?: string): Promise<unknown> {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") {
    const message = `An endpoint named '${name ?? ""}' already exists.`;
    return new AppError("conflict", message, { formErrors: [], fieldErrors: { name: [message] } });
  }
  if (code === "P2025") return new AppError("not_found", "No such notification endpoint.");
  return asDatabaseUnavailable(error) ?? error;
}

async function guarded<T>(work: () => Promise<T>, name?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw await asEndpointError(error, name);
  }
}

/** Every endpoint, by name, with its `recent` latest deliveries. */
export async function listEndpoints(recent = 5): Promise<TEndpointView[]> {
  return guarded(() =>
    db().notificationEndpoint.findMany({
      orderBy: { name: "asc" },
      select: { ...ENDPOINT_SELECT, deliveries: { select: DELIVERY_SELECT, orderBy: { createdAt: "desc" }, take: recent } },
    }),
  );
}

export async function getEndpoint(id: string): Promise<TEndpointView> {
  const endpoint = await guarded(() =>
    db().notificationEndpoint.findUnique({ where: { id }, select: { ...ENDPOINT_SELECT, deliveries: { select: DELIVERY_SELECT, orderBy: { createdAt: "desc" }, take: 5 } } }),
  );
  if (!endpoint) throw new AppError("not_found", "No such notification endpoint.");
  return endpoint;
}

export async function createEndpoint(input: TEndpointCreate & { secret: string }): Promise<TEndpointView> {
  const id = randomUUID();
  const { secret, ...fields } = input;
  await guarded(() => db().notificationEndpoint.create({ data: { id, ...fields, secret: encryptCredential(secret, notificationSecretContext(id)) } }), input.name);
  return getEndpoint(id);
}

export async function updateEndpoint(id: string, input: Omit<TEndpointUpdate, "generateSecret">): Promise<TEndpointView> {
  const { secret, ...fields } = input;
  await guarded(
    () => db().notificationEndpoint.update({ where: { id }, data: { ...fields, ...(secret ? { secret: encryptCredential(secret, notificationSecretContext(id)) } : {}) } }),
    input.name,
  );
  return getEndpoint(id);
}

export async function deleteEndpoint(id: string): Promise<{ id: string; name: string }> {
  return guarded(() => db().notificationEndpoint.delete({ where: { id }, select: { id: true, name: true } }));
}

/** The enabled endpoints that hear about this cluster. */
export async function endpointsListening(clusterId: string) {
  return guarded(() =>
    db().notificationEndpoint.findMany({
      where: { enabled: true, OR: [{ clusterIds: { isEmpty: true } }, { clusterIds: { has: clusterId } }] },
      select: { id: true, kind: true, events: true, failureThreshold: true, language: true },
    }),
  );
}

export async function createDelivery(row: { id: string; endpointId: string; event: string; clusterId: string | null; scanId: string | null; body: string; payloadDigest: string }): Promise<void> {
  await guarded(() => db().notificationDelivery.create({ data: row }));
}

/** A pending delivery with what an attempt needs: the URL and the decrypted secret. */
export async function deliveryToAttempt(id: string) {
  const row = await guarded(() =>
    db().notificationDelivery.findUnique({ where: { id }, select: { id: true, event: true, status: true, attempts: true, body: true, endpoint: { select: { id: true, url: true, secret: true } } } }),
  );
  if (!row || row.status !== "pending") return null;
  const { secret, ...endpoint } = row.endpoint;
  return { ...row, endpoint, readSecret: () => decryptCredential(secret, notificationSecretContext(endpoint.id)) };
}

export async function recordAttempt(
  id: string,
  result: { status: NotificationDeliveryStatus; attempts: number; responseCode: number | null; lastError: string | null; lastErrorText: TText | null; nextAttemptAt: Date | null },
): Promise<TDeliveryView> {
  const { lastErrorText, ...rest } = result;
  const data = { ...rest, lastErrorText: lastErrorText ? (lastErrorText as unknown as Prisma.InputJsonValue) : Prisma.DbNull };
  return guarded(() => db().notificationDelivery.update({ where: { id }, data, select: DELIVERY_SELECT }));
}

// ── What a finished scan says (lib/notifications/dispatch.ts decides what to announce) ──────────

export interface TNewSevereRow {
  check_id: string;
  severity: string;
  object_kind: string;
  namespace: string | null;
  object_name: string;
}

/** The scan with the previous good scan it was compared with, and its cluster's name. */
export async function scanForNotification(scanId: string) {
  const scan = await guarded(() =>
    db().scan.findUnique({
      where: { id: scanId },
      select: { id: true, clusterId: true, status: true, finishedAt: true, grade: true, postureScore: true, previousScanId: true, cluster: { select: { name: true } } },
    }),
  );
  if (!scan) return null;
  const previous = scan.previousScanId
    ? await guarded(() => db().scan.findUnique({ where: { id: scan.previousScanId! }, select: { grade: true, postureScore: true } }))
    : null;
  return { ...scan, previous };
}

/**
 * Open critical and high findings of `scanId` whose fingerprint the previous scan did not have:
 * the first `limit` (most severe first) and how many in all. Parameters only, no SQL from input.
 */
export async function newSevereFindings(scanId: string, previousScanId: string, limit: number): Promise<{ total: number; rows: TNewSevereRow[] }> {
  return guarded(async () => {
    const [counted] = await db().$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM findings f
      WHERE f.scan_id = ${scanId}::uuid AND f.status = 'open' AND f.severity IN ('critical', 'high')
        AND NOT EXISTS (SELECT 1 FROM findings o WHERE o.scan_id = ${previousScanId}::uuid AND o.fingerprint = f.fingerprint)`;
    const rows = await db().$queryRaw<TNewSevereRow[]>`
      SELECT f.check_id, f.severity::text AS severity, f.object_kind, f.namespace, f.object_name FROM findings f
      WHERE f.scan_id = ${scanId}::uuid AND f.status = 'open' AND f.severity IN ('critical', 'high')
        AND NOT EXISTS (SELECT 1 FROM findings o WHERE o.scan_id = ${previousScanId}::uuid AND o.fingerprint = f.fingerprint)
      ORDER BY f.severity, f.check_id, f.namespace NULLS FIRST, f.object_name
      LIMIT ${limit}`;
    return { total: counted?.total ?? 0, rows };
  });
}

/** Finished scans in a row that failed, newest first (stops at the first good one; 50 at most). */
export async function consecutiveFailures(clusterId: string): Promise<number> {
  const recent = await guarded(() =>
    db().scan.findMany({
      where: { clusterId, status: { in: ["succeeded", "partial", "failed"] }, finishedAt: { not: null } },
      orderBy: [{ finishedAt: "desc" }, { queuedAt: "desc" }],
      take: 50,
      select: { status: true },
    }),
  );
  const firstGood = recent.findIndex((scan) => scan.status !== "failed");
  return firstGood === -1 ? recent.length : firstGood;
}

/** Retention: deliveries last changed before `before` go (the page shows the latest few anyway). */
export async function pruneDeliveries(before: Date): Promise<number> {
  const removed = await guarded(() => db().notificationDelivery.deleteMany({ where: { updatedAt: { lt: before }, status: { not: "pending" } } }));
  return removed.count;
}
