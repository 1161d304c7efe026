// node scripts/worker-alive.mjs — exit 0 when the scan worker's heartbeat (lib/scans/heartbeat.ts)
// is fresh, 1 otherwise: the worker's container healthcheck and Kubernetes liveness probe. Plain
// JavaScript so that a probe every few seconds costs one bare node start, no TypeScript loader.
import { statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HEARTBEAT_FILE_NAME = "ramparts-worker.alive";
const HEARTBEAT_MAX_AGE_MS = 90_000;

let age = Number.POSITIVE_INFINITY;
try {
  age = Date.now() - statSync(join(tmpdir(), HEARTBEAT_FILE_NAME)).mtimeMs;
} catch {
  // No heartbeat yet (or no temporary directory): not alive.
}
process.exit(age < HEARTBEAT_MAX_AGE_MS ? 0 : 1);
