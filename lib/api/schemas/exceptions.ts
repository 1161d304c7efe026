import { z } from "zod";
import { ZDateInput, ZDateTime, ZId } from "./common";

export const ZExceptionScope = z.enum(["cluster", "namespace", "object", "container"]);
export const ZExceptionState = z.enum(["active", "expired", "revoked"]);

/**
 * A risk acceptance as submitted for the cluster of the path. Scope decides the required fields
 * (namespace; object kind and name; and container); the expiry is required, at most one year ahead.
 * lib/db/exceptions.ts (ZExceptionInput) enforces all of it.
 */
export const ZExceptionCreateBody = z.object({
  checkId: z.string().min(1).max(100),
  scope: ZExceptionScope,
  namespace: z.string().max(253).optional(),
  objectKind: z.string().max(100).optional(),
  objectName: z.string().max(253).optional(),
  container: z.string().max(253).optional(),
  reason: z.string().trim().min(10).max(2_000),
  expiresAt: ZDateInput,
});

export const ZException = z.object({
  id: ZId,
  clusterId: ZId,
  checkId: z.string(),
  scope: ZExceptionScope,
  namespace: z.string().nullable(),
  objectKind: z.string().nullable(),
  objectName: z.string().nullable(),
  container: z.string().nullable(),
  reason: z.string(),
  author: z.string(),
  createdAt: ZDateTime,
  expiresAt: ZDateTime,
  revokedAt: ZDateTime.nullable(),
  state: ZExceptionState,
  /** Active and expiring within 14 days. */
  expiringSoon: z.boolean(),
});

export const ZExceptionListQuery = z.object({ state: ZExceptionState.optional() });
export const ZExceptionList = z.object({ items: z.array(ZException) });

export const ZExceptionHistory = z.object({
  exceptionId: ZId,
  events: z.array(z.object({
    id: z.number().int(),
    action: z.string(),
    actor: z.string(),
    at: ZDateTime,
    details: z.record(z.string(), z.unknown()),
  })),
});

export type TException = z.infer<typeof ZException>;
export type TExceptionHistory = z.infer<typeof ZExceptionHistory>;
