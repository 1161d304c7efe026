// The API benchmark's own process (see api.bench.ts): seeds with bulk SQL through a script-only
// pg connection, then times the route handlers as Next.js would call them.
import { loadavg } from "node:os";
import { GET as matrixRoute } from "../app/api/clusters/[id]/matrix/route";
import { GET as trendsRoute } from "../app/api/clusters/[id]/trends/route";
import { POST as signIn } from "../app/api/auth/sign-in/route";
import { GET as overviewRoute } from "../app/api/overview/route";
import { db } from "../lib/db/client";
import { CLUSTERS, DAYS } from "./api-seed";
import { benchSessionCookie } from "./bench-session";
import { reportBenchNumbers } from "./child-process";
import { seedBenchFleet } from "./fleet";

const CALLS = 200;

type THandler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function time(handler: THandler, urls: { url: string; params: Record<string, string> }[]): Promise<{ p50: number; p95: number; max: number; bytes: number; first: number }> {
  const durations: number[] = [];
  let bytes = 0;
  let first = 0;
  for (let index = 0; index < CALLS + 10; index++) {
    const { url, params } = urls[index % urls.length]!;
    const start = performance.now();
    const response = await handler(new Request(`http://bench${url}`, { headers: { cookie } }), { params: Promise.resolve(params) });
    const body = await response.text();
    const elapsed = performance.now() - start;
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${body.slice(0, 300)}`);
    if (index === 0) first = Math.round(elapsed);
    if (index >= 10) durations.push(elapsed); // the first ten warm the pools and the JIT
    bytes = body.length;
  }
  durations.sort((a, b) => a - b);
  const at = (q: number) => Math.round(durations[Math.min(durations.length - 1, Math.floor(q * durations.length))]! * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), max: at(1), bytes, first };
}

const { client, seedMs } = await seedBenchFleet();
const counts = await client.query<{ scans: string; aggregates: string }>("SELECT (SELECT count(*) FROM scans) AS scans, (SELECT count(*) FROM scan_aggregates) AS aggregates");
const ids = (await client.query<{ id: string }>("SELECT id FROM clusters ORDER BY name")).rows.map((row) => row.id);
const cookie = await benchSessionCookie(client, "http://bench", (request) => signIn(request, { params: Promise.resolve({}) }));
await client.end();

const year = new Date(Date.now() - DAYS * 24 * 3600 * 1000).toISOString();
const overview = await time(overviewRoute, [{ url: "/api/overview", params: {} }]);
const trends = await time(trendsRoute, ids.flatMap((id) => [
  { url: `/api/clusters/${id}/trends?from=${year}&rescore=recorded`, params: { id } },
  { url: `/api/clusters/${id}/trends?from=${year}&rescore=current`, params: { id } },
]));
const matrix = await time(matrixRoute, ids.map((id) => ({ url: `/api/clusters/${id}/matrix`, params: { id } })));
await db().$disconnect();

const numbers = {
  clusters: CLUSTERS,
  scans: Number(counts.rows[0]!.scans),
  aggregates: Number(counts.rows[0]!.aggregates),
  seedMs,
  calls: CALLS,
  // The very first overview call re-scores every sparkline scan of the older ratings version (cold).
  overviewFirstCallMs: overview.first,
  overviewP50Ms: overview.p50, overviewP95Ms: overview.p95, overviewMaxMs: overview.max, overviewBytes: overview.bytes,
  trendsP50Ms: trends.p50, trendsP95Ms: trends.p95, trendsMaxMs: trends.max, trendsBytes: trends.bytes,
  matrixP50Ms: matrix.p50, matrixP95Ms: matrix.p95, matrixMaxMs: matrix.max, matrixBytes: matrix.bytes,
  targetP95Ms: 150,
  // Other processes on this machine inflate the tail: the 1-minute load average when timing ended.
  loadAverage: Math.round(loadavg()[0]! * 10) / 10,
};
reportBenchNumbers("API", numbers);
