import "server-only";
// The web app's handle on the scan queue: started on first use ("Scan now"), then shared by
// every request of the process. Only sends jobs; workers run them (lib/scans/worker.ts).
import type PgBoss from "pg-boss";
import { env } from "../env";
import { DatabaseUnavailableError } from "../errors";
import { startQueue } from "./queue";

// Kept on globalThis so `next dev` reloads do not start a second pg-boss per edit.
const holder = globalThis as typeof globalThis & { rampartsQueueClient?: Promise<PgBoss> };

export function queueClient(): Promise<PgBoss> {
  if (holder.rampartsQueueClient) return holder.rampartsQueueClient;
  const url = env().DATABASE_URL;
  if (!url) return Promise.reject(new DatabaseUnavailableError("DATABASE_URL is not set"));
  const starting = startQueue(url, "client");
  holder.rampartsQueueClient = starting;
  // A failed start is not cached: the next request tries again.
  starting.catch(() => {
    if (holder.rampartsQueueClient === starting) holder.rampartsQueueClient = undefined;
  });
  return starting;
}

/** For tests and shutdown: stops the client queue if it was started. */
export async function stopQueueClient(): Promise<void> {
  const starting = holder.rampartsQueueClient;
  holder.rampartsQueueClient = undefined;
  if (!starting) return;
  const boss = await starting.catch(() => undefined);
  await boss?.stop({ graceful: false, wait: true }).catch(() => {});
}
