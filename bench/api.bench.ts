// API benchmark (issue #5): 50 clusters × 365 daily scans of aggregates, then the overview,
// trends and matrix route handlers called 200 times each. Target: p95 < 150 ms per route.
// Runs bench/api-runner.ts in a fresh database of its own (scripts/with-test-db.ts) and with the
// react-server condition that route modules ("server-only") need outside Next.js.
import { spawn } from "node:child_process";

export async function benchApi(): Promise<Record<string, number | string>> {
  const node = [process.execPath, ...process.execArgv];
  const child = spawn(node[0]!, [...node.slice(1), "scripts/with-test-db.ts", node[0]!, ...node.slice(1), "--conditions=react-server", "bench/api-runner.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const line = output.split("\n").find((entry) => entry.startsWith("@@API@@"));
  if (code !== 0 || !line) throw new Error(`the API benchmark failed (exit ${code}):\n${output}`);
  return JSON.parse(line.slice("@@API@@".length)) as Record<string, number | string>;
}
