// tsx scripts/first-load-js.ts [--json] — the JavaScript each page ships on first load, from the
// last `next build` (.next/), gzip-compressed as `next start` serves it. Target: < 250 KB a page.
// Writes the table to bench/results/first-load-js.json (the page benchmark does too).
//
// Next.js 16 (Turbopack) no longer prints sizes after a build. It writes
// .next/diagnostics/route-bundle-stats.json: per route, the first-load chunks and their
// uncompressed total. This script reads it and gzips each chunk; it checks the chunk list against
// a second source, the route's client reference manifest
// (.next/server/app/<route>/page_client-reference-manifest.js: the entry chunks of the page, its
// layouts and boundaries) plus the build manifest's rootMainFiles (the runtime every page
// loads), and the uncompressed total against Next's own. Polyfills (nomodule) are left out, as
// modern browsers never load them. bench/pages.bench.ts checks the numbers against the
// <script> tags of the served HTML.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export const FIRST_LOAD_TARGET_KB = 250;

export interface TRouteJs {
  route: string;
  chunks: number;
  rawBytes: number;
  gzipBytes: number;
  /** Next's own uncompressed total for the route (route-bundle-stats.json). */
  nextRawBytes: number | null;
  /** Chunks in one source and not the other ("" when both agree). */
  mismatch: string;
}

interface TRouteStats { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }

const gzipCache = new Map<string, { raw: number; gzip: number }>();
function sizes(distDir: string, chunk: string): { raw: number; gzip: number } {
  const cached = gzipCache.get(chunk);
  if (cached) return cached;
  const bytes = readFileSync(join(distDir, chunk));
  const result = { raw: bytes.length, gzip: gzipSync(bytes).length };
  gzipCache.set(chunk, result);
  return result;
}

/** "static/chunks/x.js", whichever way a manifest spells it. */
const normalise = (path: string) => path.replace(/^\/?_next\//, "").replace(/^\.next\//, "").replace(/^\//, "");

/** The first-load chunks of an app route from its client reference manifest, or undefined when there is none. */
function chunksFromClientManifest(distDir: string, route: string, rootMainFiles: string[]): string[] | undefined {
  const segment = route === "/" ? "" : route;
  const file = join(distDir, "server", "app", ...segment.split("/").filter(Boolean), "page_client-reference-manifest.js");
  if (!existsSync(file)) return undefined;
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  if (!manifest?.entryJSFiles) return undefined;
  return [...new Set([...Object.values(manifest.entryJSFiles).flat(), ...rootMainFiles].map(normalise))];
}

export function firstLoadJs(distDir = ".next"): TRouteJs[] {
  const statsFile = join(distDir, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(join(distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
  const buildManifest = JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const rootMainFiles = buildManifest.rootMainFiles ?? [];
  if (!existsSync(statsFile)) throw new Error(`${statsFile} is missing: this script reads what Next.js 16 writes there.`);
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as TRouteStats[];
  return stats
    .filter((entry) => !entry.route.startsWith("/api/") && entry.route !== "/_global-error")
    .map((entry) => {
      const chunks = entry.firstLoadChunkPaths.map(normalise);
      const other = chunksFromClientManifest(distDir, entry.route, rootMainFiles.map(normalise));
      const onlyStats = other ? chunks.filter((chunk) => !other.includes(chunk)) : [];
      const onlyManifest = other ? other.filter((chunk) => !chunks.includes(chunk)) : [];
      const mismatch = other === undefined ? "no client reference manifest" : [...onlyStats.map((c) => `stats only: ${c}`), ...onlyManifest.map((c) => `manifest only: ${c}`)].join("; ");
      const measured = chunks.map((chunk) => sizes(distDir, chunk));
      return {
        route: entry.route,
        chunks: chunks.length,
        rawBytes: measured.reduce((sum, size) => sum + size.raw, 0),
        gzipBytes: measured.reduce((sum, size) => sum + size.gzip, 0),
        nextRawBytes: entry.firstLoadUncompressedJsBytes ?? null,
        mismatch,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** bench/results/first-load-js.json: every route's first-load JS (gzip KB) and the largest. */
export function writeFirstLoadJsResults(rows: TRouteJs[], file = join("bench", "results", "first-load-js.json")): void {
  const largest = rows.reduce<TRouteJs | undefined>((max, row) => (!max || row.gzipBytes > max.gzipBytes ? row : max), undefined);
  const result = {
    targetKb: FIRST_LOAD_TARGET_KB,
    maxGzipKb: largest ? kb(largest.gzipBytes) : null,
    maxRoute: largest?.route ?? null,
    routes: rows.map((row) => ({ route: row.route, chunks: row.chunks, rawKb: kb(row.rawBytes), gzipKb: kb(row.gzipBytes), check: row.mismatch || "ok" })),
    at: new Date().toISOString(),
  };
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}

function main(): void {
  let rows: TRouteJs[];
  try {
    rows = firstLoadJs();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
    return;
  }
  writeFirstLoadJsResults(rows);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    console.table(rows.map((row) => ({
      route: row.route,
      chunks: row.chunks,
      "raw KB": kb(row.rawBytes),
      "gzip KB": kb(row.gzipBytes),
      "Next's raw KB": row.nextRawBytes === null ? "?" : kb(row.nextRawBytes),
      [`< ${FIRST_LOAD_TARGET_KB} KB`]: row.gzipBytes < FIRST_LOAD_TARGET_KB * 1024 ? "yes" : "NO",
      check: row.mismatch || (row.nextRawBytes === row.rawBytes ? "ok" : "raw total differs from Next's"),
    })));
  }
  const over = rows.filter((row) => row.gzipBytes >= FIRST_LOAD_TARGET_KB * 1024);
  if (over.length) console.error(`Over ${FIRST_LOAD_TARGET_KB} KB gzip: ${over.map((row) => row.route).join(", ")}`);
  process.exitCode = over.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
