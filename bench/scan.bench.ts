// End-to-end scan benchmark (issue #5): the synthetic large cluster (50,000 Pods) collected from
// the fake API server (a child process), evaluated, scored, compared and persisted through the
// real pipeline into a fresh database; then a second scan of the same cluster a "week" later, to
// time the comparison with a previous scan of ~200k findings. Wall time and peak memory per
// phase. Targets: a whole scan < 60 s and < 1.5 GB.
// Runs bench/scan-runner.ts in a fresh database of its own (scripts/with-test-db.ts: a new
// database on DATABASE_URL's server, else a throw-away embedded PostgreSQL) and with the
// react-server condition that lib/db modules ("server-only") need outside Next.js.
import { spawn } from "node:child_process";

export async function benchScan(): Promise<Record<string, number | string>> {
  const node = [process.execPath, ...process.execArgv];
  const child = spawn(node[0]!, [...node.slice(1), "scripts/with-test-db.ts", node[0]!, ...node.slice(1), "--conditions=react-server", "bench/scan-runner.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = output.split("\n").find((entry) => entry.startsWith("@@SCAN@@"));
  if (code !== 0 || !line) throw new Error(`the scan benchmark failed (exit ${code}):\n${output}`);
  return JSON.parse(line.slice("@@SCAN@@".length)) as Record<string, number | string>;
}
