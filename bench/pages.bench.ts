// Page benchmark (issue #6): the dashboard's pages served by the production server (`next start`)
// on the API benchmark's fleet (50 clusters × 365 daily scans, bench/api-seed.ts), each fetched
// 60 times after 5 warm-up calls, sequentially, timed to the end of the HTML. Target: p95 < 300 ms
// per page. A page that answers 404 is reported missing, not fast. Also reports, per page, the
// JavaScript shipped on first load (gzip, scripts/first-load-js.ts; target < 250 KB), what the
// served HTML's <script> tags actually weigh on the wire, and apart from them the lazy chunks
// (charts) the HTML preloads. Every page of the app is measured, and the load average after each.
// Needs a production build of the current sources: builds one (`next build`) when there is none
// or a source changed after it, as `npm run demo` does. Runs bench/pages-runner.ts in a fresh
// database of its own (scripts/with-test-db.ts) with the react-server condition.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { childEnv } from "../lib/env";
import { buildIsCurrent } from "../scripts/build-current";
import { runBenchChild, type TBenchNumbers } from "./child-process";

export async function benchPages(): Promise<TBenchNumbers> {
  if (!buildIsCurrent()) {
    process.stderr.write("pages: no production build of the current sources; running `next build`…\n");
    const build = spawnSync(join("node_modules", ".bin", "next"), ["build"], { stdio: ["ignore", process.stderr, process.stderr], env: childEnv({ NODE_ENV: "production" }) });
    if (build.status !== 0) throw new Error("`next build` failed; see the output above.");
  }
  return runBenchChild("bench/pages-runner.ts", "PAGES", { nodeArgs: ["--conditions=react-server"] });
}
