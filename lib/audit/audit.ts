import "server-only";
import { clientAddress } from "../auth/client-address";
import { recordAuditEvent } from "../db/audit";
import { env } from "../env";
import type { TAuditAction } from "./actions";
import { safeDetails } from "./details";


export interface TAuditActor {
  /** A user id, "anonymous" (a failed sign-in) or "system". */
  id: string;
  /** What a person reads: the email (the one tried, for a failed sign-in), or "system". */
  label: string;
}

export interface TAuditTarget {
  kind: string;
  id: string;
}

/**
 * Records who did what (the one way route handlers write the audit log). The address comes from
 * the request as RAMPARTS_TRUST_PROXY allows; details lose anything named like a secret. A failure to
 * write is the request's error (never swallowed): the caller sees it, and so does the server log.
 */
export async function audit(request: Request | null, actor: TAuditActor, action: TAuditAction, target?: TAuditTarget, details: Record<string, unknown> = {}): Promise<void> {
  await recordAuditEvent({
    actorId: actor.id,
    actor: actor.label,
    action,
    targetKind: target?.kind ?? null,
    targetId: target?.id ?? null,
    details: safeDetails(details),
    address: request ? clientAddress(request.headers, env().RAMPARTS_TRUST_PROXY) : null,
  });
}
