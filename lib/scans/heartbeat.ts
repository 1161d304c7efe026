// The worker's liveness signal. The worker has no HTTP server to probe, so every
// HEARTBEAT_INTERVAL_MS, after a round-trip to its database, it touches a file in the temporary
// directory; scripts/worker-alive.mjs (the container healthcheck and the Kubernetes liveness
// probe) checks that the file is younger than HEARTBEAT_MAX_AGE_MS.
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Same name in scripts/worker-alive.mjs (heartbeat.test.ts keeps them together). */
export const HEARTBEAT_FILE_NAME = "ramparts-worker.alive";
export const HEARTBEAT_INTERVAL_MS = 20_000;
export const HEARTBEAT_MAX_AGE_MS = 90_000;

export function heartbeatPath(): string {
  return join(tmpdir(), HEARTBEAT_FILE_NAME);
}

/**
 * Beats now and then every interval while `isHealthy` resolves; a failed check skips the beat, so
 * a worker cut off from its database turns stale and is restarted. Returns the stopper.
 */
export function startHeartbeat(isHealthy: () => Promise<void>, onError: (error: unknown) => void): () => void {
  const beat = async () => {
    try {
      await isHealthy();
      await writeFile(heartbeatPath(), new Date().toISOString());
    } catch (error) {
      onError(error);
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), HEARTBEAT_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
