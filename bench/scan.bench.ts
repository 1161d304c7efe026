// End-to-end scan benchmark (issue #5): the synthetic large cluster (50,000 Pods) collected from
// the fake API server (a child process), evaluated, scored, compared and persisted through the
// real pipeline into a fresh database; then a second scan of the same cluster a "week" later, to
// time the comparison with a previous scan of ~200k findings. Wall time and peak memory per
// phase. Targets: a whole scan < 60 s and < 1.5 GB.
// Runs bench/scan-runner.ts in a fresh database of its own (scripts/with-test-db.ts: a new
// database on DATABASE_URL's server, else a throw-away embedded PostgreSQL) and with the
// react-server condition that lib/db modules ("server-only") need outside Next.js.
import { runBenchChild, type TBenchNumbers } from "./child-process";

export function benchScan(): Promise<TBenchNumbers> {
  return runBenchChild("bench/scan-runner.ts", "SCAN", { nodeArgs: ["--conditions=react-server"] });
}
