// The production server (`next start` of the current build) on a free port, for a benchmark
// runner: started in its own process group, ready once /api/health answers, stopped with the
// group (and when the runner exits, whatever happens).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { childEnv } from "../lib/env";
import { freePort } from "../scripts/free-port";

export interface TNextServer {
  base: string;
  stop: () => void;
  /**
   * CPU time the server process has used so far (user + system, ms; Linux /proc), or null where
   * that cannot be read. Unlike wall-clock time it barely grows when other processes share the
   * machine: the real cost of a page.
   */
  cpuMs: () => number | null;
}

/** utime + stime of `pid` in ms, from /proc/<pid>/stat (clock ticks of 10 ms). */
function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // fields 14 and 15 of the line
  } catch {
    return null;
  }
}

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
      if ((await fetch(`${base}/api/health`)).status === 200) return { base, stop, cpuMs: () => processCpuMs(server.pid!) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}
