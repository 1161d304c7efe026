import "server-only";
import { z } from "zod";
import type { TExceptionRule } from "../checks/types";
import { AppError } from "../errors";
import { db } from "./client";

const MAX_EXPIRY_MS = 366 * 24 * 3600 * 1000;

/** A risk acceptance as a person submits it. Scope decides which object fields are required. */
export const ZExceptionInput = z
  .object({
    clusterId: z.uuid(),
    checkId: z.string().min(1).max(100),
    scope: z.enum(["cluster", "namespace", "object", "container"]),
    namespace: z.string().max(253).optional(),
    objectKind: z.string().max(100).optional(),
    objectName: z.string().max(253).optional(),
    container: z.string().max(253).optional(),
    reason: z.string().trim().min(10, "Say why the risk is accepted (at least 10 characters).").max(2_000),
    expiresAt: z.coerce.date(),
  })
  .superRefine((input, ctx) => {
    const need: Record<string, (keyof typeof input)[]> = {
      cluster: [],
      namespace: ["namespace"],
      object: ["objectKind", "objectName"],
      container: ["objectKind", "objectName", "container"],
    };
    for (const field of need[input.scope] ?? []) {
      if (!input[field]) ctx.addIssue({ code: "custom", path: [field], message: `${field} is required for a ${input.scope} exception.` });
    }
  });

export type TExceptionInput = z.infer<typeof ZExceptionInput>;

export async function createException(input: TExceptionInput, author: string, now = new Date()) {
  const parsed = ZExceptionInput.parse(input);
  if (parsed.expiresAt.getTime() <= now.getTime()) throw new AppError("validation_failed", "exceptionExpiryPast");
  if (parsed.expiresAt.getTime() - now.getTime() > MAX_EXPIRY_MS) throw new AppError("validation_failed", "exceptionTooLong");
  const scoped = {
    namespace: parsed.scope === "cluster" ? null : (parsed.namespace ?? null),
    objectKind: parsed.scope === "object" || parsed.scope === "container" ? parsed.objectKind! : null,
    objectName: parsed.scope === "object" || parsed.scope === "container" ? parsed.objectName! : null,
    container: parsed.scope === "container" ? parsed.container! : null,
  };
  return db().riskException.create({
    data: {
      clusterId: parsed.clusterId, checkId: parsed.checkId, scope: parsed.scope, ...scoped,
      reason: parsed.reason, author, expiresAt: parsed.expiresAt,
      events: { create: { action: "created", actor: author, details: { reason: parsed.reason, expiresAt: parsed.expiresAt.toISOString(), scope: parsed.scope } } },
    },
  });
}

export async function revokeException(id: string, actor: string, now = new Date()) {
  const existing = await db().riskException.findUnique({ where: { id } });
  if (!existing) throw new AppError("not_found", "notFound", { what: "exception" });
  if (existing.revokedAt) return existing;
  return db().riskException.update({
    where: { id },
    data: { revokedAt: now, events: { create: { action: "revoked", actor, at: now } } },
  });
}

/** Exceptions in force for a cluster at `now`: not revoked, not expired (expiry needs no job). */
export async function activeExceptionRules(clusterId: string, now = new Date()): Promise<TExceptionRule[]> {
  const rows = await db().riskException.findMany({ where: { clusterId, revokedAt: null, expiresAt: { gt: now } } });
  return rows.map((row) => ({
    id: row.id,
    checkId: row.checkId,
    ...(row.namespace !== null ? { namespace: row.namespace } : {}),
    ...(row.objectKind !== null ? { objectKind: row.objectKind } : {}),
    ...(row.objectName !== null ? { objectName: row.objectName } : {}),
    ...(row.container !== null ? { container: row.container } : {}),
    reason: row.reason,
    expiresAt: row.expiresAt.toISOString(),
  }));
}

export async function exceptionHistory(id: string) {
  return db().exceptionEvent.findMany({ where: { exceptionId: id }, orderBy: { at: "asc" } });
}
