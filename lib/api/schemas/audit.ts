import { z } from "zod";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { ZCursor, ZDateInput, ZDateTime, ZLimit } from "./common";

export const ZAuditAction = z.enum(AUDIT_ACTIONS);

export const ZAuditQuery = z
  .object({
    action: ZAuditAction.optional().describe("Only this action."),
    actor: z.string().trim().min(1).max(320).optional().describe("Only actors whose email (or \"system\") contains this, case-insensitive."),
    from: ZDateInput.optional().describe("Events at or after this instant (ISO 8601)."),
    to: ZDateInput.optional().describe("Events before this instant (ISO 8601)."),
    cursor: ZCursor,
    limit: ZLimit,
  })
  .refine((query) => !query.from || !query.to || query.from < query.to, { message: "from must be before to.", path: ["to"] });

export const ZAuditEvent = z.object({
  id: z.string(),
  at: ZDateTime,
  /** A user id, "anonymous" (failed sign-in) or "system". */
  actorId: z.string(),
  /** The user's email, the email tried at a failed sign-in, or "system". */
  actor: z.string(),
  action: z.string(),
  targetKind: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  /** The client's address as RAMPARTS_TRUST_PROXY allows it to be known. */
  address: z.string().nullable(),
});

export const ZAuditPage = z.object({ items: z.array(ZAuditEvent), nextCursor: z.string().nullable() });

export type TAuditQuery = z.infer<typeof ZAuditQuery>;
export type TAuditPage = z.infer<typeof ZAuditPage>;
