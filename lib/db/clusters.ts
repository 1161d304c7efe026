import "server-only";
import { clusterCredentialContext, encryptCredential } from "../crypto/credentials";
import { AppError } from "../errors";
import { db } from "./client";
import { asDatabaseUnavailable } from "./connection-errors";
import type { Cluster, ConnectionKind, Environment, ScanStatus } from "../../prisma/generated/client";

/** A cluster as the UI may see it: never its credentials. */
export interface TClusterSummary {
  id: string;
  name: string;
  environment: Environment;
  description: string;
  connectionKind: ConnectionKind;
  schedule: string;
  archived: boolean;
  lastScan: { status: ScanStatus; finishedAt: Date | null; postureScore: number | null; grade: string | null } | null;
}

export async function listClusters(options: { includeArchived?: boolean } = {}): Promise<TClusterSummary[]> {
  try {
    const rows = await db().cluster.findMany({
      where: options.includeArchived ? {} : { archived: false },
      orderBy: { name: "asc" },
      select: {
        id: true, name: true, environment: true, description: true, connectionKind: true,
        schedule: true, archived: true,
        scans: {
          orderBy: { queuedAt: "desc" },
          take: 1,
          select: { status: true, finishedAt: true, postureScore: true, grade: true },
        },
      },
    });
    return rows.map(({ scans, ...cluster }) => ({ ...cluster, lastScan: scans[0] ?? null }));
  } catch (error) {
    throw asDatabaseUnavailable(error) ?? error;
  }
}

/** What the scan pipeline needs of a cluster, credentials included: never send this to a client. */
export async function clusterForScan(id: string) {
  return db().cluster.findUnique({
    where: { id },
    select: { id: true, name: true, connectionKind: true, credentials: true, contextName: true, archived: true },
  });
}

/**
 * Claims the clusters whose scheduled scan is due and moves their next run forward, atomically
 * (rows locked by another scheduler are skipped), so each due scan is enqueued exactly once.
 */
export async function claimDueClusters(now: Date, nextRunOf: (schedule: string, from: Date) => Date | null): Promise<string[]> {
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; schedule: string }[]>`
      SELECT id, schedule FROM clusters
      WHERE NOT archived AND (next_scan_at IS NULL OR next_scan_at <= ${now})
      ORDER BY next_scan_at NULLS FIRST
      LIMIT 200
      FOR UPDATE SKIP LOCKED`;
    for (const cluster of due) {
      await tx.cluster.update({ where: { id: cluster.id }, data: { nextScanAt: nextRunOf(cluster.schedule, now) } });
    }
    return due.map((cluster) => cluster.id);
  });
}

/** A cluster row with its ciphertext: for describing or testing the connection on the server only. */
export type TClusterRecord = Cluster;

export interface TClusterFields {
  name: string;
  environment: Environment;
  description: string;
  schedule: string;
  connectionKind: ConnectionKind;
  contextName: string | null;
}

/** Prisma's codes for "unique constraint" and "record not found", as AppErrors a client can act on. */
async function asClusterError(error: unknown, name?: string): Promise<unknown> {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002" && name !== undefined) {
    const existing = await db().cluster.findUnique({ where: { name }, select: { archived: true } }).catch(() => null);
    const message = `A cluster named '${name}' already exists${existing?.archived ? " (archived: restore it, or choose another name)" : ""}.`;
    return new AppError("conflict", message, { formErrors: [], fieldErrors: { name: [message] } });
  }
  if (code === "P2025") return new AppError("not_found", "No such cluster.");
  return asDatabaseUnavailable(error) ?? error;
}

export async function findClusterRecord(id: string): Promise<TClusterRecord | null> {
  try {
    return await db().cluster.findUnique({ where: { id } });
  } catch (error) {
    throw await asClusterError(error);
  }
}

/**
 * Creates the row, then encrypts `secret` bound to the new id (clusterCredentialContext) and
 * stores it, in one transaction: a cluster never exists without the credentials it was given.
 */
export async function createClusterRecord(fields: TClusterFields, secret: string | null): Promise<TClusterRecord> {
  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.cluster.create({ data: fields });
      if (secret === null) return row;
      return tx.cluster.update({ where: { id: row.id }, data: { credentials: encryptCredential(secret, clusterCredentialContext(row.id)) } });
    });
  } catch (error) {
    throw await asClusterError(error, fields.name);
  }
}

export interface TClusterChanges extends Partial<TClusterFields> {
  archived?: boolean;
  nextScanAt?: Date | null;
}

/** Applies `changes`; `secret` undefined keeps the stored credentials, null clears them, text replaces them. */
export async function updateClusterRecord(id: string, changes: TClusterChanges, secret?: string | null): Promise<TClusterRecord> {
  try {
    const credentials = secret === undefined ? {} : { credentials: secret === null ? null : encryptCredential(secret, clusterCredentialContext(id)) };
    return await db().cluster.update({ where: { id }, data: { ...changes, ...credentials } });
  } catch (error) {
    throw await asClusterError(error, changes.name);
  }
}
