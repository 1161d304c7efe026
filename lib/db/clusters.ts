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

interface TClusterSummaryRow {
  id: string;
  name: string;
  environment: Environment;
  description: string;
  connection_kind: ConnectionKind;
  schedule: string;
  archived: boolean;
  last_status: ScanStatus | null;
  last_finished_at: Date | null;
  last_posture_score: number | null;
  last_grade: string | null;
}

/**
 * Every cluster with its latest scan (any status). One query with a LATERAL lookup on the
 * (cluster_id, queued_at DESC) index: Prisma's nested `take: 1` reads every scan of every
 * cluster and trims in memory (18,000 rows for 50 clusters with a year of daily scans).
 */
export async function listClusters(options: { includeArchived?: boolean } = {}): Promise<TClusterSummary[]> {
  try {
    const rows = await db().$queryRaw<TClusterSummaryRow[]>`
      SELECT c.id, c.name, c.environment::text AS environment, c.description, c.connection_kind::text AS connection_kind,
             c.schedule, c.archived,
             l.status::text AS last_status, l.finished_at AS last_finished_at, l.posture_score AS last_posture_score, l.grade AS last_grade
      FROM clusters c
      LEFT JOIN LATERAL (SELECT s.status, s.finished_at, s.posture_score, s.grade FROM scans s WHERE s.cluster_id = c.id
                         ORDER BY s.queued_at DESC, s.id DESC LIMIT 1) l ON TRUE
      WHERE ${options.includeArchived ? true : false} OR NOT c.archived
      ORDER BY c.name`;
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      environment: row.environment,
      description: row.description,
      connectionKind: row.connection_kind,
      schedule: row.schedule,
      archived: row.archived,
      lastScan: row.last_status
        ? { status: row.last_status, finishedAt: row.last_finished_at, postureScore: row.last_posture_score, grade: row.last_grade }
        : null,
    }));
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
    return new AppError("conflict", "clusterNameTaken", { name, archived: existing?.archived ? "yes" : "no" }, undefined, { field: "name" });
  }
  if (code === "P2025") return new AppError("not_found", "notFound", { what: "cluster" });
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
