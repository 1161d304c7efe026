// The page benchmark's own process (see pages.bench.ts): seeds the API benchmark's fleet (50
// clusters × 365 daily scans, aggregates, 500 findings in each current scan), starts the
// production server (`next start`) on it, and times full HTML responses of every dashboard page.
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { db } from "../lib/db/client";
import { currentRatings, saveRatings } from "../lib/db/ratings";
import { childEnv, env } from "../lib/env";
import { FIRST_LOAD_TARGET_KB, firstLoadJs } from "../scripts/first-load-js";
import { CLUSTERS, DAYS, seedApiBench } from "./api-seed";

const CALLS = 60;
const WARMUP = 5;
export const PAGE_TARGET_P95_MS = 300;

/** The dashboard's pages, by a short name; `{cluster}`, `{scan}`, `{finding}` are filled per call. */
const PAGES: { name: string; route: string; path: (ids: TIds, index: number) => string }[] = [
  { name: "overview", route: "/", path: () => "/" },
  { name: "clusters", route: "/clusters", path: () => "/clusters" },
  { name: "cluster", route: "/clusters/[id]", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}` },
  { name: "clusterScans", route: "/clusters/[id]/scans", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}/scans` },
  { name: "quickWin", route: "/clusters/[id]/quick-wins/[quickWin]", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}/quick-wins/QW3` },
  { name: "namespace", route: "/clusters/[id]/namespaces/[namespace]", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}/namespaces/payments` },
  { name: "finding", route: "/findings/[id]", path: (ids, i) => `/findings/${pick(ids.findings, i)}` },
  { name: "scan", route: "/scans/[id]", path: (ids, i) => `/scans/${pick(ids.scans, i)}` },
  { name: "settings", route: "/settings", path: () => "/settings" },
];

interface TIds { clusters: string[]; scans: string[]; findings: string[] }
const pick = (list: string[], index: number) => list[index % list.length]!;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(base: string, server: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within 60 s:\n${output()}`);
}

/** Bytes on the wire of a static file served gzip-compressed (Node's fetch would decompress). */
function transferredBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

/** The first-load JS of a served page: its <script src> tags, as the browser downloads them. */
async function servedJs(base: string, html: string): Promise<{ scripts: number; gzipBytes: number }> {
  const sources = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\bnoModule\b|\bnomodule\b/.test(match[0]))
    .map((match) => match[1]!.replace(/&amp;/g, "&")))];
  const sizes = await Promise.all(sources.map((src) => transferredBytes(new URL(src, base).toString())));
  return { scripts: sources.length, gzipBytes: sizes.reduce((sum, size) => sum + size, 0) };
}

const round = (value: number) => Math.round(value * 10) / 10;

async function timePage(base: string, page: (typeof PAGES)[number], ids: TIds): Promise<Record<string, number | string>> {
  const first = await fetch(`${base}${page.path(ids, 0)}`);
  const firstHtml = await first.text();
  if (first.status === 404) return { [`${page.name}`]: "missing (404)" };
  if (first.status !== 200) return { [`${page.name}`]: `error (${first.status}): ${firstHtml.slice(0, 200)}` };
  const durations: number[] = [];
  let bytes = 0;
  for (let index = 0; index < CALLS + WARMUP; index++) {
    const path = page.path(ids, index);
    const start = performance.now();
    const response = await fetch(`${base}${path}`);
    const body = await response.text();
    const elapsed = performance.now() - start;
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
    if (index >= WARMUP) durations.push(elapsed);
    bytes = Math.max(bytes, body.length);
  }
  durations.sort((a, b) => a - b);
  const at = (q: number) => round(durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]!);
  const js = await servedJs(base, firstHtml);
  return {
    [`${page.name}P50Ms`]: at(0.5),
    [`${page.name}P95Ms`]: at(0.95),
    [`${page.name}MaxMs`]: at(1),
    [`${page.name}HtmlBytes`]: bytes,
    [`${page.name}ServedJsGzipKb`]: round(js.gzipBytes / 1024),
  };
}

const client = new pg.Client({ connectionString: env().DATABASE_URL });
await client.connect();
const older = await currentRatings();
const ratings = await saveRatings({ ...older.ratings, QW8: { complexity: 2, gain: 5 } }, "bench", "NetworkPolicies are cheaper here");
const seedStart = performance.now();
await seedApiBench(client, { older: older.id, current: ratings.id });
const seedMs = Math.round(performance.now() - seedStart);
const ids: TIds = {
  clusters: (await client.query<{ id: string }>("SELECT id FROM clusters ORDER BY name")).rows.map((row) => row.id),
  // Each cluster's current scan (the one holding findings), and findings spread over them.
  scans: (await client.query<{ id: string }>("SELECT DISTINCT scan_id AS id FROM findings ORDER BY 1")).rows.map((row) => row.id),
  findings: (await client.query<{ id: string }>("SELECT id FROM findings ORDER BY md5(id::text) LIMIT 200")).rows.map((row) => row.id),
};
await client.end();
await db().$disconnect();

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let serverOutput = "";
const server = spawn(join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
  detached: true,
  stdio: ["ignore", "pipe", "pipe"],
  env: childEnv({ NODE_ENV: "production", RAMPARTS_ENCRYPTION_KEY: "cmFtcGFydHMtYmVuY2gtb25seS1rZXktMzJieXRlcyE=" }),
});
server.stdout!.on("data", (chunk: Buffer) => (serverOutput += chunk.toString("utf8")));
server.stderr!.on("data", (chunk: Buffer) => (serverOutput += chunk.toString("utf8")));
const stopServer = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("exit", stopServer);

const numbers: Record<string, number | string> = { clusters: CLUSTERS, days: DAYS, seedMs, calls: CALLS, targetP95Ms: PAGE_TARGET_P95_MS };
try {
  await waitForHealth(base, server, () => serverOutput);
  const slow: string[] = [];
  const missing: string[] = [];
  for (const page of PAGES) {
    const result = await timePage(base, page, ids);
    Object.assign(numbers, result);
    const p95 = result[`${page.name}P95Ms`];
    if (typeof p95 !== "number") missing.push(`${page.route} (${result[page.name]})`);
    else if (p95 >= PAGE_TARGET_P95_MS) slow.push(`${page.route} ${p95} ms`);
    process.stderr.write(`${page.route}: ${JSON.stringify(result)}\n`);
  }
  // First-load JS of each route from the build's manifests (scripts/first-load-js.ts), gzip.
  const built = firstLoadJs();
  for (const page of PAGES) {
    const row = built.find((entry) => entry.route === page.route);
    numbers[`${page.name}FirstLoadJsGzipKb`] = row ? round(row.gzipBytes / 1024) : "not built";
  }
  numbers.firstLoadJsTargetKb = FIRST_LOAD_TARGET_KB;
  numbers.overTarget = [...slow, ...built.filter((row) => row.gzipBytes >= FIRST_LOAD_TARGET_KB * 1024).map((row) => `${row.route} JS ${round(row.gzipBytes / 1024)} KB`)].join("; ") || "none";
  numbers.missingPages = missing.join("; ") || "none";
  numbers.loadAverage = round(loadavg()[0]!);
} finally {
  stopServer();
}
process.stdout.write(`\n@@PAGES@@${JSON.stringify(numbers)}\n`);
process.exit(0);
