import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateCluster } from "../../bench/synthetic-cluster";
import { createManifestsCluster, useTestEncryptionKey } from "../../test/clusters";
import { testDatabaseUrl } from "../../test/database";
import { db } from "../db/client";
import { childEnv, setEnvForThisProcess } from "../env";
import { enqueueScan, startQueue } from "./queue";
import { startWorker, type TWorker } from "./worker";
import { waitFor } from "../../test/wait-for";

const bundle = (name: string, privileged: boolean) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: team }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers: [{ name: main, image: registry.example/${name}:1.0, securityContext: { privileged: ${privileged} } }]
`;

let key: string;
const workers: TWorker[] = [];
beforeAll(() => {
  key = useTestEncryptionKey();
});
beforeEach(async () => {
  await db().cluster.deleteMany();
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await db().$disconnect();
});

describe("scan workers", () => {
  it("scan ten clusters with two workers: each cluster once per request, never two at a time", async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, (_, index) => createManifestsCluster(`fleet-${index}`, { type: "bundle", yaml: bundle(`app${index}`, index % 2 === 0) })));
    // Schedules are not due for a day: only the scans we ask for run.
    await db().cluster.updateMany({ data: { nextScanAt: new Date(Date.now() + 86_400_000) } });
    const client = await startQueue(testDatabaseUrl(), "client");
    for (const id of ids) await enqueueScan(client, id);
    // A second request for the first cluster while its first scan waits: queued behind it.
    await enqueueScan(client, ids[0]!);
    workers.push(await startWorker(testDatabaseUrl(), { concurrency: 2, log: () => {} }), await startWorker(testDatabaseUrl(), { concurrency: 2, log: () => {} }));

    const scans = await waitFor(
      () => db().scan.findMany({ where: { clusterId: { in: ids } }, orderBy: { startedAt: "asc" } }),
      (rows) => rows.length >= 10 && rows.every((row) => row.status === "succeeded" || row.status === "failed"),
      60_000,
    );
    expect(scans.every((scan) => scan.status === "succeeded")).toBe(true);
    for (const id of ids) {
      const own = scans.filter((scan) => scan.clusterId === id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(2);
      for (let index = 1; index < own.length; index += 1) {
        expect(own[index]!.startedAt!.getTime()).toBeGreaterThanOrEqual(own[index - 1]!.finishedAt!.getTime());
      }
    }
    const privileged = await db().finding.count({ where: { checkId: "privileged-container", scan: { clusterId: ids[0] } } });
    expect(privileged).toBeGreaterThan(0);
    await client.stop({ graceful: false });
  }, 90_000);

  it("recovers from a worker killed with SIGKILL mid-scan: the job is retried and exactly one result lands", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ramparts-kill-"));
    try {
      // Large enough that the scan is still running when the worker dies.
      const snapshot = generateCluster({ namespaces: 50, workloads: 400, pods: 800, rbac: 200, networkPolicies: 50, configsAndSecrets: 200 });
      writeFileSync(join(dir, "cluster.yaml"), Object.values(snapshot.objects).flat().map((object) => stringify(object)).join("---\n"));
      const settings = { DATABASE_URL: testDatabaseUrl(), RAMPARTS_ENCRYPTION_KEY: key, RAMPARTS_SCAN_TIMEOUT_SECONDS: "15", RAMPARTS_QUEUE_MAINTENANCE_SECONDS: "1" };
      for (const [name, value] of Object.entries(settings)) setEnvForThisProcess(name, value);
      const id = await createManifestsCluster("killed", { type: "path", path: dir });
      await db().cluster.update({ where: { id }, data: { nextScanAt: new Date(Date.now() + 86_400_000) } });
      const client = await startQueue(testDatabaseUrl(), "client");
      const { scanId } = await enqueueScan(client, id);
      await client.stop({ graceful: false });

      const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/worker.ts"], { env: childEnv(settings), stdio: "ignore", detached: true });
      await waitFor(() => db().scan.findUniqueOrThrow({ where: { id: scanId } }), (scan) => scan.status === "running", 30_000);
      process.kill(-child.pid!, "SIGKILL");
      expect((await db().scan.findUniqueOrThrow({ where: { id: scanId } })).status).toBe("running");

      // A fresh worker picks the expired job up again.
      workers.push(await startWorker(testDatabaseUrl(), { concurrency: 1, log: () => {} }));
      const done = await waitFor(() => db().scan.findUniqueOrThrow({ where: { id: scanId } }), (scan) => scan.status === "succeeded" || scan.status === "failed", 60_000);
      expect(done.status).toBe("succeeded");
      expect(await db().scan.count({ where: { clusterId: id } })).toBe(1);
      const rows = await db().finding.count({ where: { scanId } });
      expect(rows).toBe(done.findingsOpen + done.findingsWaived);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
