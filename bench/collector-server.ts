// Child process of the collector benchmark: serves the synthetic large cluster from memory on
// loopback (TLS, token), prints how to reach it as one JSON line, and on "stats" from stdin
// prints its own request count and peak memory, then exits. A separate process, so that the
// collector's peak memory is measured alone. An optional argument seeds the generator (default 42):
// another seed gives the same names with different contents (the scan benchmark's "next week").
import { createInterface } from "node:readline";
import { startFakeApiServer } from "../lib/kube/fake-api-server";
import { generateCluster, LARGE } from "./synthetic-cluster";

const seed = Number(process.argv[2] ?? 42);
const server = await startFakeApiServer({ snapshot: generateCluster(LARGE, seed) });
process.stdout.write(`${JSON.stringify({ url: server.url, caPem: server.caPem, token: server.token })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== "stats") continue;
  process.stdout.write(`${JSON.stringify({ requests: server.requests.total, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
  await server.close();
  process.exit(0);
}
