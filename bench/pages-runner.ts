// The page benchmark's own process (see pages.bench.ts): seeds the API benchmark's fleet (50
// clusters × 365 daily scans, aggregates, 500 findings in each current scan), starts the
// production server (`next start`) on it, and times full HTML responses of every dashboard page.
import { request as httpRequest } from "node:http";
import { loadavg } from "node:os";
import { db } from "../lib/db/client";
import { FIRST_LOAD_TARGET_KB, firstLoadJs, writeFirstLoadJsResults } from "../scripts/first-load-js";
import { CLUSTERS, DAYS } from "./api-seed";
import { benchSessionCookie } from "./bench-session";
import { reportBenchNumbers } from "./child-process";
import { seedBenchFleet } from "./fleet";
import { startNextServer, type TNextServer } from "./next-server";

const CALLS = 60;
const WARMUP = 5;
export const PAGE_TARGET_P95_MS = 300;

/** Every page of the app, by a short name; cluster, scan and finding ids rotate from call to call. */
const PAGES: { name: string; route: string; path: (ids: TIds, index: number) => string }[] = [
  { name: "overview", route: "/", path: () => "/" },
  { name: "clusters", route: "/clusters", path: () => "/clusters" },
  { name: "cluster", route: "/clusters/[id]", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}` },
  { name: "clusterScans", route: "/clusters/[id]/scans", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}/scans` },
  { name: "quickWin", route: "/clusters/[id]/quick-wins/[quickWin]", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}/quick-wins/QW3` },
  { name: "namespace", route: "/clusters/[id]/namespaces/[namespace]", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}/namespaces/payments` },
  { name: "finding", route: "/findings/[id]", path: (ids, i) => `/findings/${pick(ids.findings, i)}` },
  { name: "scan", route: "/scans/[id]", path: (ids, i) => `/scans/${pick(ids.scans, i)}` },
  { name: "reports", route: "/reports", path: () => "/reports" },
  { name: "settings", route: "/settings", path: () => "/settings" },
  { name: "clusterNew", route: "/clusters/new", path: () => "/clusters/new" },
  { name: "clusterEdit", route: "/clusters/[id]/edit", path: (ids, i) => `/clusters/${pick(ids.clusters, i)}/edit` },
];

interface TIds { clusters: string[]; scans: string[]; findings: string[] }
const pick = (list: string[], index: number) => list[index % list.length]!;

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

/** Gzip bytes of the served files at `sources` (deduplicated). */
async function wireBytes(base: string, sources: string[]): Promise<number> {
  const sizes = await Promise.all([...new Set(sources)].map((src) => transferredBytes(new URL(src.replace(/&amp;/g, "&"), base).toString())));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * The JavaScript of a served page: its <script src> tags (what runs before the page is
 * interactive), and apart from them the lazy chunks the HTML preloads at low priority (the charts,
 * next/dynamic), which the browser also fetches while the page loads.
 */
async function servedJs(base: string, html: string): Promise<{ scriptGzipBytes: number; preloadGzipBytes: number }> {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)]
    .filter((match) => !/\bnoModule\b|\bnomodule\b/.test(match[0]))
    .map((match) => match[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="preload"[^>]*>/g)]
    .filter((match) => /\bas="script"/.test(match[0]))
    .map((match) => /\bhref="([^"]+)"/.exec(match[0])?.[1])
    .filter((src): src is string => src !== undefined && !scripts.includes(src));
  return { scriptGzipBytes: await wireBytes(base, scripts), preloadGzipBytes: await wireBytes(base, preloads) };
}

const round = (value: number) => Math.round(value * 10) / 10;

async function timePage(server: TNextServer, page: (typeof PAGES)[number], ids: TIds): Promise<Record<string, number | string>> {
  const base = server.base;
  const first = await fetch(`${base}${page.path(ids, 0)}`, signedIn);
  const firstHtml = await first.text();
  if (first.status === 404) return { [`${page.name}`]: "missing (404)" };
  if (first.status !== 200) return { [`${page.name}`]: `error (${first.status}): ${firstHtml.slice(0, 200)}` };
  const durations: number[] = [];
  let bytes = 0;
  let cpuStart: number | null = null;
  for (let index = 0; index < CALLS + WARMUP; index++) {
    if (index === WARMUP) cpuStart = server.cpuMs();
    const path = page.path(ids, index);
    const start = performance.now();
    const response = await fetch(`${base}${path}`, signedIn);
    const body = await response.text();
    const elapsed = performance.now() - start;
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
    if (index >= WARMUP) durations.push(elapsed);
    bytes = Math.max(bytes, body.length);
  }
  const cpuEnd = server.cpuMs();
  durations.sort((a, b) => a - b);
  const at = (q: number) => round(durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]!);
  const js = await servedJs(base, firstHtml);
  return {
    [`${page.name}P50Ms`]: at(0.5),
    [`${page.name}P95Ms`]: at(0.95),
    [`${page.name}MaxMs`]: at(1),
    [`${page.name}CpuMsPerCall`]: cpuStart === null || cpuEnd === null ? "unknown" : round((cpuEnd - cpuStart) / CALLS),
    [`${page.name}HtmlBytes`]: bytes,
    [`${page.name}ServedJsGzipKb`]: round(js.scriptGzipBytes / 1024),
    [`${page.name}LazyJsGzipKb`]: round(js.preloadGzipBytes / 1024),
  };
}

const { client, seedMs } = await seedBenchFleet();
const ids: TIds = {
  clusters: (await client.query<{ id: string }>("SELECT id FROM clusters ORDER BY name")).rows.map((row) => row.id),
  // Each cluster's current scan (the one holding findings), and findings spread over them.
  scans: (await client.query<{ id: string }>("SELECT DISTINCT scan_id AS id FROM findings ORDER BY 1")).rows.map((row) => row.id),
  findings: (await client.query<{ id: string }>("SELECT id FROM findings ORDER BY md5(id::text) LIMIT 200")).rows.map((row) => row.id),
};
await db().$disconnect();

const server = await startNextServer({ RAMPARTS_ENCRYPTION_KEY: "cmFtcGFydHMtYmVuY2gtb25seS1rZXktMzJieXRlcyE=" });
// Pages as the bench admin sees them (an anonymous fetch would time the sign-in redirect).
const cookie = await benchSessionCookie(client, server.base, (request) => fetch(request));
await client.end();
const signedIn = { headers: { cookie }, redirect: "manual" as const };

const numbers: Record<string, number | string> = { clusters: CLUSTERS, days: DAYS, seedMs, calls: CALLS, targetP95Ms: PAGE_TARGET_P95_MS };
try {
  const slow: string[] = [];
  const missing: string[] = [];
  for (const page of PAGES) {
    const result = await timePage(server, page, ids);
    const p95 = result[`${page.name}P95Ms`];
    if (typeof p95 !== "number") missing.push(`${page.route} (${result[page.name]})`);
    else if (p95 >= PAGE_TARGET_P95_MS) slow.push(`${page.route} ${p95} ms`);
    // Other processes on this machine inflate the tail: the 1-minute load average after each page.
    result[`${page.name}Load`] = round(loadavg()[0]!);
    Object.assign(numbers, result);
    process.stderr.write(`${page.route}: ${JSON.stringify(result)}\n`);
  }
  // First-load JS of each route from the build's manifests (scripts/first-load-js.ts), gzip.
  const built = firstLoadJs();
  writeFirstLoadJsResults(built);
  for (const page of PAGES) {
    const row = built.find((entry) => entry.route === page.route);
    numbers[`${page.name}FirstLoadJsGzipKb`] = row ? round(row.gzipBytes / 1024) : "not built";
  }
  numbers.firstLoadJsTargetKb = FIRST_LOAD_TARGET_KB;
  numbers.overTarget = [...slow, ...built.filter((row) => row.gzipBytes >= FIRST_LOAD_TARGET_KB * 1024).map((row) => `${row.route} JS ${round(row.gzipBytes / 1024)} KB`)].join("; ") || "none";
  numbers.missingPages = missing.join("; ") || "none";
  numbers.loadAverage = round(loadavg()[0]!);
} finally {
  server.stop();
}
reportBenchNumbers("PAGES", numbers);
process.exit(0);
