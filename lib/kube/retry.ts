// Backoff between retries: exponential with "equal jitter" (half the step fixed, half random),
// so concurrent lists that failed together do not retry together, yet every wait still grows.
// A Retry-After from the server is a floor, never shortened by jitter.
import { setTimeout as sleepFor } from "node:timers/promises";

export interface TBackoff {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After honoured as given (a server asking for minutes is capped). */
  maxRetryAfterMs: number;
  random: () => number;
}

/** Wait before attempt `attempt + 1`, after `attempt` (1-based) failed. */
export function backoffDelay(backoff: TBackoff, attempt: number, retryAfterMs?: number): number {
  const step = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** (attempt - 1));
  const jittered = step / 2 + backoff.random() * (step / 2);
  return retryAfterMs === undefined ? jittered : Math.max(Math.min(retryAfterMs, backoff.maxRetryAfterMs), jittered);
}

/** Sleeps, or rejects with the signal's reason as soon as it aborts. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleepFor(ms, undefined, { signal });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw error;
  }
}
