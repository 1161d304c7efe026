// Graceful shutdown of a real worker process (the command of docker-compose.yml and
// deploy/kubernetes) sent SIGTERM in the middle of a scan of a cluster served by the fake API
// server, slowed down on purpose: the scan finishes within the grace period, or goes back to the
// queue (or fails with the reason when no retry is left). Never is it left "running".
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestEncryptionKey } from "../../test/clusters";
import { testDatabaseUrl } from "../../test/database";
import { clusterCredentialContext, encryptCredential } from "../crypto/credentials";
import { db } from "../db/client";
import { kubeconfigFor } from "../demo/kubeconfig-for";
import { childEnv, setEnvForThisProcess } from "../env";
import { startFakeApiServer, type TFakeApiServer } from "../kube/fake-api-server";
import { minifyKubeconfig, parseKubeconfig } from "../kube/kubeconfig";
import { enqueueScan, startQueue } from "./queue";
import { startWorker, type TWorker } from "./worker";
import { waitFor } from "../../test/wait-for";

/** `npm run worker` as the image runs it. */
const WORKER_COMMAND = ["node", "--conditions=react-server", "--import", "tsx", "scripts/worker.ts"];
const CONTEXT = "shutdown";

let key: string;
let server: TFakeApiServer;
const workers: TWorker[] = [];

/** Registers the fake API server as a kubeconfig cluster and queues one scan of it. */
async function queueScanOfFakeCluster(): Promise<{ clusterId: string; scanId: string }> {
  const cluster = await db().cluster.create({
    data: { name: `shutdown-${Date.now()}`, connectionKind: "kubeconfig", contextName: CONTEXT, nextScanAt: new Date(Date.now() + 86_400_000) },
  });
  const kubeconfig = minifyKubeconfig(parseKubeconfig(kubeconfigFor(server, CONTEXT)), CONTEXT);
  await db().cluster.update({ where: { id: cluster.id }, data: { credentials: encryptCredential(kubeconfig, clusterCredentialContext(cluster.id)) } });
  const client = await startQueue(testDatabaseUrl(), "client");
  try {
    const { scanId } = await enqueueScan(client, cluster.id);
    return { clusterId: cluster.id, scanId };
  } finally {
    await client.stop({ graceful: false });
  }
}

/** Starts the worker process, waits until it runs the scan, sends SIGTERM; resolves with its exit. */
async function terminateMidScan(scanId: string, settings: Record<string, string>) {
  const [command, ...args] = WORKER_COMMAND;
  const child = spawn(command!, args, {
    env: childEnv({ DATABASE_URL: testDatabaseUrl(), RAMPARTS_ENCRYPTION_KEY: key, RAMPARTS_WORKER_CONCURRENCY: "1", ...settings }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once("exit", (code) => resolve({ code, at: Date.now() })));
  try {
    await waitFor(() => db().scan.findUniqueOrThrow({ where: { id: scanId } }), (scan) => scan.status === "running", 60_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${String(error)}\nworker output:\n${output.join("")}`);
  }
  const signalledAt = Date.now();
  child.kill("SIGTERM");
  const exit = await exited;
  return { ...exit, signalledAt, output: output.join("") };
}

const jobStates = (scanId: string) =>
  db().$queryRaw<{ state: string }[]>`SELECT state::text AS state FROM pgboss.job WHERE name = 'scan' AND data->>'scanId' = ${scanId}`;

beforeAll(async () => {
  key = useTestEncryptionKey();
  server = await startFakeApiServer({ dir: join("demo", "clusters", "acme-staging"), permissions: "read-only" });
});
beforeEach(async () => {
  await db().cluster.deleteMany();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  server.setFaults({});
});
afterAll(async () => {
  await server.close();
  await db().$disconnect();
});

describe("worker shutdown on SIGTERM", () => {
  it("finishes the running scan within the grace period, then exits", async () => {
    const { scanId } = await queueScanOfFakeCluster();
    server.setFaults({ latencyMs: 400 }); // a few seconds of collection: SIGTERM lands mid-scan
    const exit = await terminateMidScan(scanId, { RAMPARTS_SHUTDOWN_GRACE_SECONDS: "120" });
    expect(exit.code, exit.output).toBe(143);
    const scan = await db().scan.findUniqueOrThrow({ where: { id: scanId } });
    expect(scan.status, exit.output).toBe("succeeded");
    expect(scan.finishedAt!.getTime()).toBeGreaterThan(exit.signalledAt);
    expect(scan.finishedAt!.getTime()).toBeLessThanOrEqual(exit.at);
    expect(await jobStates(scanId)).toEqual([{ state: "completed" }]);
  }, 120_000);

  it("hands a scan still running after the grace period back to the queue; another worker completes it", async () => {
    const { clusterId, scanId } = await queueScanOfFakeCluster();
    server.setFaults({ latencyMs: 3_000 }); // far longer than the 1 s grace period
    const exit = await terminateMidScan(scanId, { RAMPARTS_SHUTDOWN_GRACE_SECONDS: "1" });
    expect(exit.code, exit.output).toBe(143);
    expect(exit.at - exit.signalledAt).toBeLessThan(15_000);
    expect(exit.output).toContain(`scan ${scanId} handed back (queued)`);
    const handedBack = await db().scan.findUniqueOrThrow({ where: { id: scanId } });
    expect({ status: handedBack.status, phase: handedBack.phase, startedAt: handedBack.startedAt }).toEqual({ status: "queued", phase: null, startedAt: null });
    expect(await jobStates(scanId)).toEqual([{ state: "retry" }]);

    // The job comes back after pg-boss's retry delay (15–30 s) and lands exactly once.
    server.setFaults({});
    workers.push(await startWorker(testDatabaseUrl(), { concurrency: 1, log: () => {} }));
    const done = await waitFor(() => db().scan.findUniqueOrThrow({ where: { id: scanId } }), (scan) => scan.status === "succeeded" || scan.status === "failed", 90_000);
    expect(done.status).toBe("succeeded");
    expect(await db().scan.count({ where: { clusterId } })).toBe(1);
  }, 180_000);

  it("fails a handed-back scan with the reason when no retry is left", async () => {
    setEnvForThisProcess("RAMPARTS_SCAN_RETRIES", "0"); // the queue's retry limit, applied by startQueue
    const { scanId } = await queueScanOfFakeCluster();
    server.setFaults({ latencyMs: 3_000 });
    const exit = await terminateMidScan(scanId, { RAMPARTS_SHUTDOWN_GRACE_SECONDS: "1", RAMPARTS_SCAN_RETRIES: "0" });
    expect(exit.code, exit.output).toBe(143);
    const scan = await db().scan.findUniqueOrThrow({ where: { id: scanId } });
    expect(scan.status).toBe("failed");
    expect(scan.error).toMatch(/worker stopped .* before this scan finished/);
    expect(await jobStates(scanId)).toEqual([{ state: "failed" }]);
  }, 120_000);
});
