// The scan benchmark's own process (see scan.bench.ts), on the fresh database of DATABASE_URL:
// registers a kubeconfig cluster pointed at the fake API server (bench/collector-server.ts, a
// child process, so that its memory is not counted here) and runs the real pipeline twice.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { clusterCredentialContext, encryptCredential } from "../lib/crypto/credentials";
import { db } from "../lib/db/client";
import { setEnvForThisProcess } from "../lib/env";
import { createScan } from "../lib/db/scans";
import { kubeconfigFor } from "../lib/demo/kubeconfig-for";
import { runScan, type TScanPhase } from "../lib/scans/pipeline";
import { sourceFor, type TScanTarget } from "../lib/scans/sources";
import { reportBenchNumbers } from "./child-process";

interface TServer {
  access: { url: string; caPem: string; token: string };
  /** Asks the server for its stats, then it exits. */
  stop(): Promise<{ requests: number; peakRssMB: number }>;
  kill(): void;
}

/** bench/collector-server.ts serving the large cluster generated with `seed`. */
async function startServer(seed: number): Promise<TServer> {
  const child = spawn(process.execPath, [...process.execArgv, "bench/collector-server.ts", String(seed)], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done) throw new Error("the fake API server did not start");
  return {
    access: JSON.parse(first.value) as TServer["access"],
    async stop() {
      child.stdin.write("stats\n");
      const stats = await lines.next();
      if (child.exitCode === null) child.kill();
      return JSON.parse(stats.value as string) as { requests: number; peakRssMB: number };
    },
    kill: () => void (child.exitCode === null && child.kill()),
  };
}

const PHASES: TScanPhase[] = ["collect", "evaluate", "score", "compare", "persist"];
const toMB = (bytes: number) => Math.round(bytes / 1048576);
/** Peak resident memory of this process since it started (resourceUsage gives KiB). */
const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function scan(clusterId: string, access: TServer["access"], prefix: string): Promise<{ numbers: Record<string, number | string>; scanId: string; startedAt: Date }> {
  await db().cluster.update({
    where: { id: clusterId },
    data: { credentials: encryptCredential(kubeconfigFor(access, "large"), clusterCredentialContext(clusterId)) },
  });
  const cluster = await db().cluster.findUniqueOrThrow({ where: { id: clusterId } });
  const scanId = await createScan(clusterId);
  const numbers: Record<string, number | string> = {};
  const start = performance.now();
  const outcome = await runScan(scanId, clusterId, sourceFor(cluster as TScanTarget), {
    onPhase: (phase, ms) => {
      numbers[`${prefix}${phase}Ms`] = Math.round(ms);
      // Peak since the process started (what the target is about), and resident now.
      numbers[`${prefix}${phase}PeakRssMB`] = peakRssMB();
      numbers[`${prefix}${phase}RssMB`] = toMB(process.memoryUsage().rss);
    },
  }).catch((error: unknown) => {
    console.error(`scan failed after ${Math.round(performance.now() - start)} ms; phases done: ${JSON.stringify(numbers)}`);
    throw error;
  });
  const totalMs = Math.round(performance.now() - start);
  const stored = await db().scan.findUniqueOrThrow({ where: { id: scanId } });
  const ordered: Record<string, number | string> = {};
  for (const phase of PHASES) for (const suffix of ["Ms", "PeakRssMB", "RssMB"]) ordered[`${prefix}${phase}${suffix}`] = numbers[`${prefix}${phase}${suffix}`] ?? "n/a";
  return {
    scanId,
    startedAt: stored.startedAt!,
    numbers: {
      [`${prefix}status`]: outcome.status,
      [`${prefix}totalMs`]: totalMs,
      [`${prefix}peakRssMB`]: peakRssMB(),
      ...ordered,
      [`${prefix}evaluations`]: stored.evaluations,
      [`${prefix}findings`]: outcome.findings,
      [`${prefix}findingsStored`]: await db().finding.count({ where: { scanId } }),
      [`${prefix}new`]: outcome.new,
      [`${prefix}resolved`]: outcome.resolved,
      [`${prefix}postureScore`]: outcome.postureScore ?? "n/a",
    },
  };
}

// A throw-away key: the credentials stored in this throw-away database are encrypted like any.
setEnvForThisProcess("RAMPARTS_ENCRYPTION_KEY", randomBytes(32).toString("base64"));
const loadAtStart = loadavg()[0]!;
const clusterId = (await db().cluster.create({ data: { name: "large", connectionKind: "kubeconfig", contextName: "large" } })).id;

// Scan 1: the large cluster as generated (seed 42), into an empty history.
let server = await startServer(42);
let first: Awaited<ReturnType<typeof scan>>;
let second: Awaited<ReturnType<typeof scan>>;
let firstServer: Awaited<ReturnType<TServer["stop"]>>;
try {
  first = await scan(clusterId, server.access, "");
  firstServer = await server.stop();
  // Scan 2: the same names with different contents (seed 43): about half the findings change, so
  // the comparison carries first-seen dates for the rest and counts real new and resolved rows.
  server = await startServer(43);
  second = await scan(clusterId, server.access, "rescan.");
  await server.stop();
} catch (error) {
  server.kill();
  throw error;
}
const carried = await db().finding.count({ where: { scanId: second.scanId, firstSeenAt: first.startedAt } });
const objectCounts = (await db().scan.findUniqueOrThrow({ where: { id: first.scanId } })).objectCounts as Record<string, number>;
await db().$disconnect();

const numbers = {
  pods: objectCounts.Pod ?? 0,
  objects: Object.values(objectCounts).reduce((sum, count) => sum + count, 0),
  ...first.numbers,
  ...second.numbers,
  "rescan.stillOpen": carried,
  requests: firstServer.requests,
  serverPeakRssMB: firstServer.peakRssMB,
  targetMs: 60_000,
  targetRssMB: 1_536,
  cpus: cpus().length,
  // Other jobs on this machine slow every phase: the 1-minute load average before and after.
  loadAverageStart: Math.round(loadAtStart * 10) / 10,
  loadAverageEnd: Math.round(loadavg()[0]! * 10) / 10,
};
reportBenchNumbers("SCAN", numbers);
