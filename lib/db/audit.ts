import "server-only";
import { z } from "zod";
import type { TAuditPage, TAuditQuery } from "../api/schemas/audit";
import { Prisma } from "../../prisma/generated/client";
import { db } from "./client";
import { decodeCursor, encodeCursor } from "./queries/cursor";

export interface TAuditEventInput {
  actorId: string;
  actor: string;
  action: string;
  targetKind?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
  address?: string | null;
  at?: Date;
}

export interface TAuditFilter {
  action?: string;
  actor?: string;
  from?: Date;
  to?: Date;
  /** Id of the last event of the previous page (events come newest first). */
  before?: bigint;
  limit: number;
}

export async function recordAuditEvent(event: TAuditEventInput): Promise<void> {
  await db().auditEvent.create({
    data: {
      actorId: event.actorId,
      actor: event.actor,
      action: event.action,
      targetKind: event.targetKind ?? null,
      targetId: event.targetId ?? null,
      details: (event.details ?? {}) as Prisma.InputJsonObject,
      address: event.address ?? null,
      ...(event.at ? { at: event.at } : {}),
    },
  });
}

/** Events newest first, `limit + 1` read to know whether a next page exists. */
export async function listAuditEvents(filter: TAuditFilter) {
  const rows = await db().auditEvent.findMany({
    where: {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actor ? { actor: { contains: filter.actor, mode: "insensitive" as const } } : {}),
      ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
      ...(filter.before !== undefined ? { id: { lt: filter.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  return { events: page, hasMore: rows.length > filter.limit };
}

const ZAuditCursor = z.object({ id: z.string().regex(/^\d{1,19}$/) });

/** A page of the audit log for the admin API, newest first. */
export async function auditPage(query: TAuditQuery): Promise<TAuditPage> {
  const cursor = decodeCursor(query.cursor, ZAuditCursor);
  const { events, hasMore } = await listAuditEvents({
    action: query.action,
    actor: query.actor,
    from: query.from,
    to: query.to,
    before: cursor ? BigInt(cursor.id) : undefined,
    limit: query.limit,
  });
  return {
    items: events.map((event) => ({
      id: String(event.id),
      at: event.at,
      actorId: event.actorId,
      actor: event.actor,
      action: event.action,
      targetKind: event.targetKind,
      targetId: event.targetId,
      details: (event.details ?? {}) as Record<string, unknown>,
      address: event.address,
    })),
    nextCursor: hasMore && events.length > 0 ? encodeCursor({ id: String(events.at(-1)!.id) }) : null,
  };
}

/** Retention: deletes events older than `before`. */
export async function pruneAuditEvents(before: Date): Promise<number> {
  const { count } = await db().auditEvent.deleteMany({ where: { at: { lt: before } } });
  return count;
}
