// Sign-in throttling policy (pure): which counters an attempt touches and whether it may go on.
// Counters live in PostgreSQL (lib/db/sign-in-throttle.ts), so every web process shares them.

export const THROTTLE_WINDOW_SECONDS = 15 * 60;
/** Attempts per window for one email, from anywhere: stops guessing one account's password. */
export const ACCOUNT_ATTEMPT_LIMIT = 5;
/** Attempts per window from one address, whatever the email: stops spraying many accounts. */
export const ADDRESS_ATTEMPT_LIMIT = 20;

export interface TThrottleKeys {
  account: string;
  address: string | null;
}

export interface TThrottleCount {
  key: string;
  attempts: number;
  windowStartedAt: Date;
}

export function throttleKeys(email: string, address: string | null): TThrottleKeys {
  return { account: `account:${email.trim().toLowerCase()}`, address: address ? `address:${address}` : null };
}

function limitOf(key: string): number {
  return key.startsWith("account:") ? ACCOUNT_ATTEMPT_LIMIT : ADDRESS_ATTEMPT_LIMIT;
}

/**
 * Seconds until this attempt's counters allow another one, or null when it may go on. `counts`
 * already include this attempt, so the limit-th attempt still goes through and the next is refused.
 */
export function retryAfterSeconds(counts: readonly TThrottleCount[], now: Date, windowSeconds = THROTTLE_WINDOW_SECONDS): number | null {
  let wait: number | null = null;
  for (const count of counts) {
    if (count.attempts <= limitOf(count.key)) continue;
    const seconds = Math.max(1, Math.ceil((count.windowStartedAt.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
    wait = Math.max(wait ?? 0, seconds);
  }
  return wait;
}
