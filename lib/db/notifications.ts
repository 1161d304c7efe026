import "server-only";
// Notification endpoints and their deliveries. The endpoint's secret and URL are encrypted at rest
// like a cluster's credentials and leave this module only for a delivery (lib/notifications/send.ts);
// everyone else sees the URL masked.
import { randomUUID } from "node:crypto";
import { CredentialError, decryptCredential, encryptCredential, notificationSecretContext, notificationUrlContext } from "../crypto/credentials";
import { maskWebhookUrl } from "../notifications/url";
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

/** An endpoint as an admin sees it: never its secret, its URL only masked. */
export interface TEndpointView {
  id: string;
  name: string;
  kind: NotificationKind;
  /** Scheme, host and a masked path (maskWebhookUrl): never the whole URL. */
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
  id: true, name: true, kind: true, urlMasked: true, plainUrl: true, events: true, failureThreshold: true, clusterIds: true, language: true, enabled: true, createdAt: true,
} as const;

type TEndpointRow = Omit<TEndpointView, "url"> & { urlMasked: string | null; plainUrl: string | null };

function toView({ urlMasked, plainUrl, ...row }: TEndpointRow): TEndpointView {
  return { ...row, url: urlMasked ?? maskWebhookUrl(plainUrl ?? "") };
}

/** The columns that store `url` (encrypted, and its masked form). */
function urlColumns(id: string, url: string) {
  return { urlEncrypted: encryptCredential(url, notificationUrlContext(id)), urlMasked: maskWebhookUrl(url), plainUrl: null };
}

/**
 * Encrypts the URLs of rows stored before URLs were (migration 20261127115428): run at the worker's
 * start and before each listing, a no-op once done. Each row is sealed by a conditional update,
 * so two processes doing it at once agree. Returns how many it sealed.
 */
export async function sealUrls(): Promise<number> {
  const legacy = await guarded(() => db().notificationEndpoint.findMany({ where: { urlEncrypted: null, plainUrl: { not: null } }, select: { id: true, plainUrl: true } }));
  let sealed = 0;
  for (const row of legacy) {
    const done = await guarded(() => db().notificationEndpoint.updateMany({ where: { id: row.id, urlEncrypted: null, plainUrl: row.plainUrl }, data: urlColumns(row.id, row.plainUrl!) }));
    sealed += done.count;
  }
  return sealed;
}

/** sealUrls() where a listing must not fail for it: without a usable key the rows wait (shown masked all the same). */
async function sealUrlsIfPossible(): Promise<void> {
  try {
    await sealUrls();
  } catch (error) {
    if (!(error instanceof CredentialError)) throw error;
  }
}

async function asEndpointError(error: unknown, name?: string): Promise<unknown> {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") {
    return new AppError("conflict", "endpointNameTaken", { name: name ?? "" }, undefined, { field: "name" });
  }
  if (code === "P2025") return new AppError("not_found", "notFound", { what: "endpoint" });
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
  await sealUrlsIfPossible();
  const rows = await guarded(() =>
    db().notificationEndpoint.findMany({
      orderBy: { name: "asc" },
      select: { ...ENDPOINT_SELECT, deliveries: { select: DELIVERY_SELECT, orderBy: { createdAt: "desc" }, take: recent } },
    }),
  );
  return rows.map(toView);
}

export async function getEndpoint(id: string): Promise<TEndpointView> {
  const endpoint = await guarded(() =>
    db().notificationEndpoint.findUnique({ where: { id }, select: { ...ENDPOINT_SELECT, deliveries: { select: DELIVERY_SELECT, orderBy: { createdAt: "desc" }, take: 5 } } }),
  );
  if (!endpoint) throw new AppError("not_found", "notFound", { what: "endpoint" });
  return toView(endpoint);
}

export async function createEndpoint(input: TEndpointCreate & { secret: string }): Promise<TEndpointView> {
  const id = randomUUID();
  const { secret, url, ...fields } = input;
  await guarded(() => db().notificationEndpoint.create({ data: { id, ...fields, ...urlColumns(id, url), secret: encryptCredential(secret, notificationSecretContext(id)) } }), input.name);
  return getEndpoint(id);
}

/** Only what `input` holds changes: without a URL (or a secret) the stored one stays. */
export async function updateEndpoint(id: string, input: Omit<TEndpointUpdate, "generateSecret">): Promise<TEndpointView> {
  const { secret, url, ...fields } = input;
  await guarded(
    () =>
      db().notificationEndpoint.update({
        where: { id },
        data: { ...fields, ...(url ? urlColumns(id, url) : {}), ...(secret ? { secret: encryptCredential(secret, notificationSecretContext(id)) } : {}) },
      }),
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

/**
 * A pending delivery with what an attempt needs: the URL and the decrypted secret. With
 * `expectedAttempts` (the count when its job was queued), null when an attempt was made since: a
 * second job for the same attempt (a sweep's, next to one thought lost) then sends nothing.
 */
export async function deliveryToAttempt(id: string, expectedAttempts?: number) {
  const row = await guarded(() =>
    db().notificationDelivery.findUnique({ where: { id }, select: { id: true, event: true, status: true, attempts: true, body: true, endpoint: { select: { id: true, plainUrl: true, urlEncrypted: true, secret: true } } } }),
  );
  if (!row || row.status !== "pending") return null;
  if (expectedAttempts !== undefined && row.attempts !== expectedAttempts) return null;
  const { secret, plainUrl, urlEncrypted, ...endpoint } = row.endpoint;
  return {
    ...row,
    endpoint,
    readSecret: () => decryptCredential(secret, notificationSecretContext(endpoint.id)),
    // A row not sealed yet (sealUrls) still has its URL in clear.
    readUrl: () => (urlEncrypted ? decryptCredential(urlEncrypted, notificationUrlContext(endpoint.id)) : (plainUrl ?? "")),
  };
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

/**
 * Pending deliveries whose job was lost (queueing failed, or the job died): due more than `margin`
 * ms ago (their first attempt is due when created). Each is claimed by moving its next attempt to
 * `now` in the same UPDATE, so two sweeps at once never both take it, and a delivery whose new job
 * is lost too comes back one margin later.
 */
export async function claimStuckDeliveries(now: Date, marginMs: number, limit = 100): Promise<{ id: string; attempts: number }[]> {
  const cutoff = new Date(now.getTime() - marginMs);
  return guarded(() =>
    db().$queryRaw<{ id: string; attempts: number }[]>`
      UPDATE notification_deliveries SET next_attempt_at = ${now}, updated_at = ${now}
      WHERE id IN (
        SELECT id FROM notification_deliveries
        WHERE status = 'pending' AND COALESCE(next_attempt_at, created_at) < ${cutoff}
        ORDER BY COALESCE(next_attempt_at, created_at) LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id::text AS id, attempts`,
  );
}

/** Retention: deliveries last changed before `before` go (the page shows the latest few anyway). */
export async function pruneDeliveries(before: Date): Promise<number> {
  const removed = await guarded(() => db().notificationDelivery.deleteMany({ where: { updatedAt: { lt: before }, status: { not: "pending" } } }));
  return removed.count;
}
