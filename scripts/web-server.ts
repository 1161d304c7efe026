// The production web server: Next.js's request handler behind lib/server/draining-server.ts.
// Started by scripts/serve.ts (`npm start`, `npm run demo`, the image's default command) instead
// of `next start`. On SIGTERM (what orchestrators send) it stops accepting connections, lets the
// requests in flight finish for up to RAMPARTS_SHUTDOWN_GRACE_SECONDS (health answers 503
// "draining" meanwhile), then exits: 0 when every request finished, 1 when some had to be cut.
// Ctrl-C (SIGINT) stops at once, as a person at a terminal expects (the launcher's embedded
// PostgreSQL receives it too and does not wait).
// Runs without --conditions=react-server: Next.js loads its server bundles itself.
import next from "next";
import { env } from "../lib/env";
import { createDrainingServer } from "../lib/server/draining-server";

const { PORT, HOSTNAME, RAMPARTS_SHUTDOWN_GRACE_SECONDS } = env();
const app = next({ dev: false, dir: process.cwd(), hostname: HOSTNAME, port: PORT });
const handle = app.getRequestHandler();
await app.prepare();

const web = createDrainingServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error("Unhandled error while answering a request:", error instanceof Error ? error.message : error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});
// As `next start`: Node's 5 s default would drop a proxy's pooled connections early.
web.server.keepAliveTimeout = 65_000;
web.server.listen(PORT, HOSTNAME, () => console.log(`Web server listening on ${HOSTNAME}:${PORT}.`));

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  const graceMs = signal === "SIGTERM" ? RAMPARTS_SHUTDOWN_GRACE_SECONDS * 1_000 : 0;
  if (graceMs > 0) console.log(`${signal}: draining ${web.inFlight} request(s) in flight, for at most ${RAMPARTS_SHUTDOWN_GRACE_SECONDS} s…`);
  const outcome = await web.drain(graceMs);
  await app.close().catch(() => {});
  console.log(outcome === "drained" ? "Web server stopped: every request finished." : "Web server stopped: requests still running after the grace period were cut.");
  process.exit(outcome === "drained" ? 0 : 1);
}
process.on("SIGTERM", (signal) => void stop(signal));
process.on("SIGINT", (signal) => void stop(signal));
