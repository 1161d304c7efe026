import "server-only";
import type { TThrottleCount } from "../auth/throttle-policy";
import { db } from "./client";

/**
 * Counts one sign-in attempt against each key, in one statement: a key's counter starts at 1, goes
 * up by 1 within its window, and starts a new window once the old one has ended. Concurrent
 * attempts each get their own count (the row lock of ON CONFLICT), so no more than the limit of
 * passwords is ever checked in a window, however many requests race. Only parameters, no SQL text
 * from input.
 */
export async function countSignInAttempt(keys: readonly string[], now: Date, windowSeconds: number): Promise<TThrottleCount[]> {
  const windowEnd = new Date(now.getTime() - windowSeconds * 1000);
  const rows = await db().$queryRaw<{ key: string; attempts: number; window_started_at: Date }[]>`
    INSERT INTO sign_in_throttles (key, attempts, window_started_at)
    SELECT key, 1, ${now}::timestamptz FROM unnest(${[...keys]}::text[]) AS key
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN sign_in_throttles.window_started_at <= ${windowEnd}::timestamptz THEN 1 ELSE sign_in_throttles.attempts + 1 END,
      window_started_at = CASE WHEN sign_in_throttles.window_started_at <= ${windowEnd}::timestamptz THEN ${now}::timestamptz ELSE sign_in_throttles.window_started_at END
    RETURNING key, attempts, window_started_at`;
  return rows.map((row) => ({ key: row.key, attempts: Number(row.attempts), windowStartedAt: row.window_started_at }));
}

/** A successful sign-in: the account starts afresh, and the address gets this attempt back. */
export async function settleSuccessfulSignIn(accountKey: string, address: TThrottleCount | undefined): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: accountKey } });
  if (address) {
    await db().signInThrottle.updateMany({
      where: { key: address.key, windowStartedAt: address.windowStartedAt, attempts: { gt: 0 } },
      data: { attempts: { decrement: 1 } },
    });
  }
}

/** Drops counters whose window ended before `before` (they no longer block anything). */
export async function pruneSignInThrottles(before: Date): Promise<number> {
  const { count } = await db().signInThrottle.deleteMany({ where: { windowStartedAt: { lt: before } } });
  return count;
}
