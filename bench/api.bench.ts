// API benchmark (issue #5): 50 clusters × 365 daily scans of aggregates, then the overview,
// trends and matrix route handlers called 200 times each. Target: p95 < 150 ms per route.
// Runs bench/api-runner.ts in a fresh database of its own (scripts/with-test-db.ts) and with the
// react-server condition that route modules ("server-only") need outside Next.js.
import { runBenchChild, type TBenchNumbers } from "./child-process";

export function benchApi(): Promise<TBenchNumbers> {
  return runBenchChild("bench/api-runner.ts", "API", { nodeArgs: ["--conditions=react-server"] });
}
