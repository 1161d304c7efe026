// npm run worker — runs scans from the queue on DATABASE_URL (or the embedded database).
// SIGTERM / Ctrl-C: takes no new scan, gives the running ones RAMPARTS_SHUTDOWN_GRACE_SECONDS to
// finish, hands back those still running (queued again, or failed with the reason), then exits.
import { env } from "../lib/env";
import { log } from "../lib/log/log";
import { startHeartbeat } from "../lib/scans/heartbeat";
import { startWorker } from "../lib/scans/worker";
import { openDatabase } from "./database";

async function start() {
  const database = await openDatabase((line) => log().info({ scope: "database" }, line));
  if (database.embedded && !env().DATABASE_URL) log().info({ scope: "worker" }, "using the embedded PostgreSQL (start the web app the same way to share it)");
  const worker = await startWorker(database.url);
  const stopHeartbeat = startHeartbeat(
    async () => {
      await worker.boss.getDb().executeSql("SELECT 1", []);
    },
    (error) => log().warn({ scope: "worker", err: error }, "heartbeat skipped"),
  );
  return { database, worker, stopHeartbeat };
}

// The handlers come first: a scan can start before startWorker returns, and a SIGTERM then must
// still stop it gracefully rather than kill the process.
let stopping = false;
const started = start();
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const running = await started.catch(() => undefined);
  if (!running) process.exit(code);
  running.stopHeartbeat();
  log().info({ scope: "worker" }, `stopping: no new scans; up to ${env().RAMPARTS_SHUTDOWN_GRACE_SECONDS} s for the running ones…`);
  try {
    await running.worker.stop();
  } catch (error) {
    log().error({ scope: "worker", err: error }, "did not stop cleanly");
    code = 1;
  }
  await running.database.stop();
  log().info({ scope: "worker" }, "stopped");
  process.exit(code);
}
process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
await started;
