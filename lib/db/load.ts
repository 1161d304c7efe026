import { DatabaseUnavailableError } from "../errors";
import { asDatabaseUnavailable } from "./connection-errors";

export type TLoaded<T> = { ok: true; data: T } | { ok: false; reason: string };

/**
 * Runs a read for a page widget: data, or the reason the database could not answer. Any other
 * error still throws (to the nearest error boundary). Lets components branch without try/catch.
 */
export async function loadForView<T>(read: () => Promise<T>): Promise<TLoaded<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    const unavailable = error instanceof DatabaseUnavailableError ? error : asDatabaseUnavailable(error);
    if (unavailable) return { ok: false, reason: unavailable.reason };
    throw error;
  }
}
