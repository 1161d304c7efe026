// tsx --conditions=react-server scripts/e2e-demo.ts — the end-to-end run's live data, started by
// e2e/global-setup.ts on the run's test database (DATABASE_URL, which must be a scratch test
// database): the demo exactly as `npm run demo` sets it up (lib/demo startDemo: fake API servers
// in this process, clusters registered, past states scanned), an e2e-only cluster whose names,
// namespaces, labels and annotations are hostile strings (e2e/fixtures/untrusted-strings, served
// by a fake API server too, so "Scan now" works on it), and a scan worker (scripts/worker.ts)
// beside them. The worker's first tick scans every cluster live; once those scans have landed it
// prints "@@E2E-DEMO-READY@@" and a JSON line. It stops everything, worker first, on SIGTERM or
// SIGINT, or when its parent goes away (its stdin closes).
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { E2E_DEMO_READY_MARKER, E2E_FIXTURE_CLUSTERS, TEST_DATABASE_PREFIX, UNTRUSTED_CLUSTER_NAME, UNTRUSTED_STRINGS, databaseName } from "../e2e/fixtures/e2e-env";
import { clusterCredentialContext, encryptCredential } from "../lib/crypto/credentials";
import { db } from "../lib/db/client";
import { startDemo, type TDemo } from "../lib/demo/demo";
import { kubeconfigFor } from "../lib/demo/kubeconfig-for";
import { childEnv, env } from "../lib/env";
import { startFakeApiServer, type TFakeApiServer } from "../lib/kube/fake-api-server";
import { minifyKubeconfig, parseKubeconfig } from "../lib/kube/kubeconfig";

const READY_TIMEOUT_MS = 180_000;

const log = (line: string) => console.log(`[e2e-demo] ${line}`);

const { DATABASE_URL, RAMPARTS_ENCRYPTION_KEY } = env();
if (!DATABASE_URL || !databaseName(DATABASE_URL).startsWith(TEST_DATABASE_PREFIX) || !RAMPARTS_ENCRYPTION_KEY) {
  console.error(`scripts/e2e-demo.ts needs DATABASE_URL naming a ${TEST_DATABASE_PREFIX}* database (scripts/with-test-db.ts makes one) and RAMPARTS_ENCRYPTION_KEY.`);
  process.exit(2);
}

let demo: TDemo | undefined;
let untrusted: TFakeApiServer | undefined;
let worker: ChildProcess | undefined;
let stopping = false;

async function stopWorker(): Promise<void> {
  const child = worker;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stopWorker();
    await demo?.stop().catch(() => {});
    await untrusted?.close().catch(() => {});
    await db().$disconnect().catch(() => {});
  }
  process.exit(code);
}

process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
// The parent (Playwright) holds our stdin: when it dies, however it dies, we go too.
process.stdin.on("end", () => void stop(0));
process.stdin.on("error", () => void stop(0));
process.stdin.resume();

const CONTEXT = "untrusted-strings";

/** Registers (or re-points) the untrusted-strings cluster at its fake API server. */
async function registerUntrusted(server: TFakeApiServer): Promise<string> {
  const cluster = await db().cluster.upsert({
    where: { name: UNTRUSTED_CLUSTER_NAME },
    create: {
      name: UNTRUSTED_CLUSTER_NAME,
      environment: "development",
      description: `E2E only: ${UNTRUSTED_STRINGS.script} ${UNTRUSTED_STRINGS.img} ${UNTRUSTED_STRINGS.javascriptUrl} ${UNTRUSTED_STRINGS.long}`,
      connectionKind: "kubeconfig",
    },
    update: {},
  });
  const kubeconfig = minifyKubeconfig(parseKubeconfig(kubeconfigFor(server, CONTEXT)), CONTEXT);
  await db().cluster.update({
    where: { id: cluster.id },
    data: { credentials: encryptCredential(kubeconfig, clusterCredentialContext(cluster.id)), contextName: CONTEXT },
  });
  return cluster.id;
}

function startWorker(): ChildProcess {
  const child = spawn(join("node_modules", ".bin", "tsx"), ["--conditions=react-server", join("scripts", "worker.ts")], {
    stdio: ["ignore", "pipe", "pipe"],
    env: childEnv({ NODE_ENV: "production" }),
  });
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) console.log(line.startsWith("[worker]") ? line : `[worker] ${line}`);
  };
  child.stdout!.on("data", relay);
  child.stderr!.on("data", relay);
  child.once("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[e2e-demo] the worker exited (${signal ?? `code ${code}`}): scans will not run.`);
      void stop(1);
    }
  });
  return child;
}

/** Waits until every fixture cluster has a live (non-demo) good scan and nothing is queued or running. */
async function waitForLiveScans(): Promise<Record<string, { id: string; grade: string | null }>> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const clusters = await db().cluster.findMany({
      where: { name: { in: [...E2E_FIXTURE_CLUSTERS] } },
      select: {
        id: true, name: true,
        scans: { where: { demo: false }, select: { status: true, grade: true }, orderBy: { queuedAt: "desc" } },
      },
    });
    const pending = clusters.flatMap((cluster) => cluster.scans).filter((scan) => scan.status === "queued" || scan.status === "running").length;
    const failed = clusters.filter((cluster) => cluster.scans.length > 0 && cluster.scans.every((scan) => scan.status === "failed"));
    if (failed.length) throw new Error(`the live scan of ${failed.map((cluster) => cluster.name).join(", ")} failed`);
    const done = clusters.filter((cluster) => cluster.scans.some((scan) => scan.status === "succeeded" || scan.status === "partial"));
    if (pending === 0 && done.length === E2E_FIXTURE_CLUSTERS.length) {
      return Object.fromEntries(clusters.map((cluster) => [cluster.name, { id: cluster.id, grade: cluster.scans[0]?.grade ?? null }]));
    }
    if (Date.now() > deadline) throw new Error(`the worker did not scan every cluster within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

try {
  const started = Date.now();
  demo = await startDemo(log);
  untrusted = await startFakeApiServer({ dir: join("e2e", "fixtures", "untrusted-strings") });
  await registerUntrusted(untrusted);
  log(`${CONTEXT} served at ${untrusted.url}`);
  worker = startWorker();
  const clusters = await waitForLiveScans();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(clusters).map(([name, { grade }]) => `${name} (grade ${grade ?? "n/a"})`).join(", ")}`);
  console.log(`${E2E_DEMO_READY_MARKER}${JSON.stringify({ clusters })}`);
} catch (error) {
  console.error(`[e2e-demo] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  await stop(1);
}
