// Page benchmark (issue #6): the dashboard's pages served by the production server (`next start`)
// on the API benchmark's fleet (50 clusters × 365 daily scans, bench/api-seed.ts), each fetched
// 60 times after 5 warm-up calls, sequentially, timed to the end of the HTML. Target: p95 < 300 ms
// per page. A page that answers 404 is reported missing, not fast. Also reports, per page, the
// JavaScript shipped on first load (gzip, scripts/first-load-js.ts; target < 250 KB) and what the
// served HTML's <script> tags actually weigh on the wire.
// Needs a production build of the current sources: builds one (`next build`) when there is none
// or a source changed after it, as `npm run demo` does. Runs bench/pages-runner.ts in a fresh
// database of its own (scripts/with-test-db.ts) with the react-server condition.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { childEnv } from "../lib/env";

const SOURCES = ["app", "components", "lib", "public", "next.config.js", "package-lock.json", "postcss.config.mjs"];

function newestSourceTime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestSourceTime(join(path, name))), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  const buildId = join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestSourceTime(source) <= builtAt);
}

export async function benchPages(): Promise<Record<string, number | string>> {
  if (!buildIsCurrent()) {
    process.stderr.write("pages: no production build of the current sources; running `next build`…\n");
    const build = spawnSync(join("node_modules", ".bin", "next"), ["build"], { stdio: ["ignore", process.stderr, process.stderr], env: childEnv({ NODE_ENV: "production" }) });
    if (build.status !== 0) throw new Error("`next build` failed; see the output above.");
  }
  const node = [process.execPath, ...process.execArgv];
  const child = spawn(node[0]!, [...node.slice(1), "scripts/with-test-db.ts", node[0]!, ...node.slice(1), "--conditions=react-server", "bench/pages-runner.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = output.split("\n").find((entry) => entry.startsWith("@@PAGES@@"));
  if (code !== 0 || !line) throw new Error(`the page benchmark failed (exit ${code}):\n${output}`);
  return JSON.parse(line.slice("@@PAGES@@".length)) as Record<string, number | string>;
}
