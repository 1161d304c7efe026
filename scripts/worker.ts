// npm run worker — runs scans from the queue on DATABASE_URL (or the embedded database).
// SIGTERM / Ctrl-C: finishes the running scans, then exits.
import { env } from "../lib/env";
import { startWorker } from "../lib/scans/worker";
import { openDatabase } from "./database";

const database = await openDatabase((line) => console.error(line));
if (database.embedded && !env().DATABASE_URL) console.log("Worker using the embedded PostgreSQL (start the web app the same way to share it).");
const worker = await startWorker(database.url);
let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log("[worker] stopping: finishing running scans…");
  await worker.stop();
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
