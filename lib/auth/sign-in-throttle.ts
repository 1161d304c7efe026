import "server-only";
import { countSignInAttempt, settleSuccessfulSignIn } from "../db/sign-in-throttle";
import { retryAfterSeconds, THROTTLE_WINDOW_SECONDS, throttleKeys } from "./throttle-policy";

export interface TSignInAttempt {
  /** Seconds to wait before trying again, or null when this attempt may check the password. */
  retryAfterSeconds: number | null;
  /** Call once the password was right: the account starts afresh, the address gets its attempt back. */
  succeeded(): Promise<void>;
}

/**
 * Counts a sign-in attempt for the email and the address before the password is checked, so that
 * racing requests cannot check more passwords than the limits allow. The same answer whether or
 * not the email belongs to an account.
 */
export async function beginSignInAttempt(email: string, address: string | null, now = new Date()): Promise<TSignInAttempt> {
  const keys = throttleKeys(email, address);
  const counts = await countSignInAttempt(keys.address ? [keys.account, keys.address] : [keys.account], now, THROTTLE_WINDOW_SECONDS);
  return {
    retryAfterSeconds: retryAfterSeconds(counts, now),
    succeeded: () => settleSuccessfulSignIn(keys.account, counts.find((count) => count.key === keys.address)),
  };
}
