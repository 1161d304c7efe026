// Executive PDF benchmark (issue #7): a 20-cluster report over a year of daily scans, rendered
// through its route handler. Targets: under 3 s and under 300 MB of extra memory. Runs
// bench/report-runner.ts in a fresh database of its own (scripts/with-test-db.ts).
import { spawn } from "node:child_process";
import { childEnv } from "../lib/env";

export async function benchReport(): Promise<Record<string, number | string>> {
  const node = [process.execPath, ...process.execArgv];
  const child = spawn(node[0]!, [...node.slice(1), "scripts/with-test-db.ts", node[0]!, ...node.slice(1), "--expose-gc", "bench/report-runner.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
    // As `next start` runs it: React and react-pdf's production builds.
    env: childEnv({ NODE_ENV: "production" }),
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = output.split("\n").find((entry) => entry.startsWith("@@REPORT@@"));
  if (code !== 0 || !line) throw new Error(`the report benchmark failed (exit ${code}):\n${output}`);
  return JSON.parse(line.slice("@@REPORT@@".length)) as Record<string, number | string>;
}
