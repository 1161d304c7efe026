// The report benchmark's own process (see report.bench.ts): seeds the API benchmark's fleet (50
// clusters × a year of daily scans), then times GET /api/reports/executive.pdf for 20 of them
// over the whole year, as Next.js would call it.
//
// It runs WITHOUT the react-server condition, as the PDF renderer does in Next.js (an external
// package there, resolved with Node's own conditions): `server-only` is resolved to nothing.
import { register } from "node:module";
import { loadavg } from "node:os";
import { Worker } from "node:worker_threads";

register(
  `data:text/javascript,${encodeURIComponent(
    'export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(specifier, context); }',
  )}`,
);

const { env } = await import("../lib/env");
const { db } = await import("../lib/db/client");
const { CLUSTERS, DAYS } = await import("./api-seed");
const { reportBenchNumbers } = await import("./child-process");
const { seedBenchFleet } = await import("./fleet");
const { GET } = await import("../app/api/reports/executive.pdf/route");
const { POST: signIn } = await import("../app/api/auth/sign-in/route");
const { benchSessionCookie } = await import("./bench-session");
const { loadReportInput } = await import("../lib/report/load");

const REPORT_CLUSTERS = 20;
const RUNS = 4;
const MB = 1024 * 1024;

/** Peak RSS of the whole process, sampled from a worker thread (it keeps sampling while the main thread renders). */
function rssSampler() {
  const shared = new Float64Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require("node:worker_threads");
     const peak = new Float64Array(workerData);
     setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 2);`,
    { eval: true, workerData: shared.buffer },
  );
  return {
    reset: () => { shared[0] = process.memoryUsage.rss(); },
    peak: () => shared[0]!,
    stop: () => worker.terminate(),
  };
}

const { client, seedMs } = await seedBenchFleet();
const ids = (await client.query<{ id: string }>("SELECT id FROM clusters ORDER BY name LIMIT $1", [REPORT_CLUSTERS])).rows.map((row) => row.id);
const cookie = await benchSessionCookie(client, "http://bench", (request) => signIn(request, { params: Promise.resolve({}) }));
await client.end();

const from = new Date(Date.now() - DAYS * 24 * 3600 * 1000).toISOString();
const url = `http://bench/api/reports/executive.pdf?clusters=${ids.join(",")}&from=${from}&lang=en`;
const sampler = rssSampler();
const runs: { ms: number; cpuMs: number; extraMb: number; bytes: number }[] = [];
for (let index = 0; index < RUNS; index++) {
  global.gc?.();
  const before = process.memoryUsage.rss();
  sampler.reset();
  const start = performance.now();
  const cpu = process.cpuUsage();
  const response = await GET(new Request(url, { headers: { cookie } }), { params: Promise.resolve({}) });
  const body = new Uint8Array(await response.arrayBuffer());
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (response.status !== 200) throw new Error(`report: ${response.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
  await new Promise((resolve) => setTimeout(resolve, 20));
  runs.push({ ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000), extraMb: Math.round((sampler.peak() - before) / MB), bytes: body.length });
}
// The reads alone, to tell database time from layout time.
const readStart = performance.now();
await loadReportInput({ clusterIds: ids, from: new Date(from), to: new Date(), locale: "en", organisation: "Bench", now: new Date() });
const readMs = Math.round(performance.now() - readStart);
await sampler.stop();
await db().$disconnect();

const warm = runs.slice(1).map((run) => run.ms).sort((a, b) => a - b);
const warmCpu = runs.slice(1).map((run) => run.cpuMs).sort((a, b) => a - b);
const numbers = {
  fleetClusters: CLUSTERS,
  reportClusters: REPORT_CLUSTERS,
  days: DAYS,
  seedMs,
  firstMs: runs[0]!.ms,
  firstExtraMb: runs[0]!.extraMb,
  warmMedianMs: warm[Math.floor(warm.length / 2)]!,
  warmMaxMs: warm.at(-1)!,
  // CPU time of this process (reads wait on PostgreSQL, which is not counted): less sensitive to a busy machine.
  warmMedianCpuMs: warmCpu[Math.floor(warmCpu.length / 2)]!,
  maxExtraMb: Math.max(...runs.map((run) => run.extraMb)),
  readMs,
  pdfBytes: runs[0]!.bytes,
  targetMs: 3000,
  targetExtraMb: 300,
  nodeEnv: env().NODE_ENV,
  // Other processes on this machine inflate wall-clock times: the 1-minute load average at the end.
  loadAverage: Math.round(loadavg()[0]! * 10) / 10,
};
reportBenchNumbers("REPORT", numbers);
