// How a benchmark runs its measuring process: bench/<name>.bench.ts starts bench/<name>-runner.ts
// in a fresh database of its own (scripts/with-test-db.ts), the runner prints its numbers on one
// marked line, and the benchmark parses that line. Both sides go through this module, so the
// marker and the JSON agree.
import { spawn } from "node:child_process";
import { childEnv } from "../lib/env";
import { BENCH_AUTH_SECRET } from "./bench-session";

export type TBenchNumbers = Record<string, number | string>;

/**
 * Runs `runner` with this process's Node and loader (tsx) plus `nodeArgs` (`--conditions=react-server`
 * for modules that import "server-only", `--expose-gc`…), in a fresh test database; resolves with
 * the numbers it reported under `marker`, or rejects with its output.
 */
export async function runBenchChild(runner: string, marker: string, options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<TBenchNumbers> {
  const node = [process.execPath, ...process.execArgv];
  const child = spawn(node[0]!, [...node.slice(1), "scripts/with-test-db.ts", node[0]!, ...node.slice(1), ...(options.nodeArgs ?? []), runner], {
    stdio: ["ignore", "pipe", "inherit"],
    // Sessions are signed with RAMPARTS_AUTH_SECRET: runners sign in the bench admin (bench-session.ts).
    env: options.env ? { ...options.env, RAMPARTS_AUTH_SECRET: BENCH_AUTH_SECRET } : childEnv({ RAMPARTS_AUTH_SECRET: BENCH_AUTH_SECRET }),
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const tag = `@@${marker}@@`;
  const line = output.split("\n").find((entry) => entry.startsWith(tag));
  if (code !== 0 || !line) throw new Error(`${runner} failed (exit ${code}):\n${output}`);
  return JSON.parse(line.slice(tag.length)) as TBenchNumbers;
}

/** The runner's side: its numbers, on the line runBenchChild looks for. */
export function reportBenchNumbers(marker: string, numbers: TBenchNumbers): void {
  process.stdout.write(`\n@@${marker}@@${JSON.stringify(numbers)}\n`);
}
