// The production server (`next start` of the current build) on a free port, for a benchmark
// runner: started in its own process group, ready once /api/health answers, stopped with the
// group (and when the runner exits, whatever happens).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { childEnv } from "../lib/env";
import { freePort } from "../scripts/free-port";

export interface TNextServer { base: string; stop: () => void }

export async function startNextServer(env: Record<string, string | undefined> = {}): Promise<TNextServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const server = spawn(join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: childEnv({ NODE_ENV: "production", ...env }),
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}
