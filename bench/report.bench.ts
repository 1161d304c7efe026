// Executive PDF benchmark (issue #7): a 20-cluster report over a year of daily scans, rendered
// through its route handler. Targets: under 3 s and under 300 MB of extra memory. Runs
// bench/report-runner.ts in a fresh database of its own (scripts/with-test-db.ts).
import { childEnv } from "../lib/env";
import { runBenchChild, type TBenchNumbers } from "./child-process";

export function benchReport(): Promise<TBenchNumbers> {
  // As `next start` runs it: React and react-pdf's production builds.
  return runBenchChild("bench/report-runner.ts", "REPORT", { nodeArgs: ["--expose-gc"], env: childEnv({ NODE_ENV: "production" }) });
}
