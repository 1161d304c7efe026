import "server-only";
import { THROTTLE_WINDOW_SECONDS } from "../auth/throttle-policy";
import { pruneAuditEvents } from "../db/audit";
import { pruneSignInThrottles } from "../db/sign-in-throttle";

/** The audit log keeps a year (issue #8). */
export const AUDIT_RETENTION_DAYS = 365;

/** Deletes audit events past retention and sign-in counters whose window has ended. */
export async function pruneAuditLog(now = new Date()): Promise<{ events: number; throttles: number }> {
  const events = await pruneAuditEvents(new Date(now.getTime() - AUDIT_RETENTION_DAYS * 86_400_000));
  const throttles = await pruneSignInThrottles(new Date(now.getTime() - THROTTLE_WINDOW_SECONDS * 1000));
  return { events, throttles };
}
