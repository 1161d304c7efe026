// How often and how long a delivery is retried. Injectable (worker options) so tests need not wait.

/** Attempts in all, the first included. */
export const MAX_ATTEMPTS = 5;

/** Seconds to wait after the `attempt`-th failed attempt: 30 s, 2 min, 8 min, 32 min. */
export type TBackoff = (attempt: number) => number;

export const defaultBackoff: TBackoff = (attempt) => 30 * 4 ** Math.max(0, attempt - 1);

/** What an answer means for the delivery: done, worth another try, or not (the receiver refused it). */
export type TAttemptVerdict = "delivered" | "retry" | "give_up";

/**
 * 2xx delivered; 429 and 5xx may pass later; any other answer (4xx, a redirect we do not follow)
 * will not change by itself. A network error or a timeout (no status) is retried.
 */
export function verdictFor(status: number | null): TAttemptVerdict {
  if (status === null) return "retry";
  if (status >= 200 && status < 300) return "delivered";
  if (status === 429 || status >= 500) return "retry";
  return "give_up";
}
