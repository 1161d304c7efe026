// The scan pipeline end to end against the project's fake API server, through the real client:
// collect → evaluate → score → persist → compare.
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestEncryptionKey } from "../../test/clusters";
import { clusterCredentialContext, encryptCredential } from "../crypto/credentials";
import { db } from "../db/client";
import { lastGoodScan } from "../db/scans";
import { createScan } from "../db/scans";
import { scanDetail } from "../db/queries/scans";
import { kubeconfigFor } from "../demo/kubeconfig-for";
import { startFakeApiServer, type TFakeApiServer } from "../kube/fake-api-server";
import { runScan, ScanPhaseError } from "./pipeline";
import { sourceFor } from "./sources";

let server: TFakeApiServer;
let clusterId: string;

beforeAll(async () => {
  useTestEncryptionKey();
  server = await startFakeApiServer({ dir: join("lib", "kube", "fixtures") });
});
afterAll(async () => {
  await server.close();
  await db().$disconnect();
});
beforeEach(async () => {
  server.setFaults({});
  await db().cluster.deleteMany();
  const cluster = await db().cluster.create({ data: { name: "live", connectionKind: "kubeconfig", contextName: "live" } });
  clusterId = cluster.id;
  await db().cluster.update({
    where: { id: clusterId },
    data: { credentials: encryptCredential(kubeconfigFor(server, "live"), clusterCredentialContext(clusterId)) },
  });
});

async function scan() {
  const cluster = await db().cluster.findUniqueOrThrow({ where: { id: clusterId } });
  const scanId = await createScan(clusterId);
  const outcome = await runScan(scanId, clusterId, sourceFor(cluster));
  return { scanId, outcome, stored: await db().scan.findUniqueOrThrow({ where: { id: scanId } }) };
}

describe("scan pipeline against a live (fake) API server", () => {
  it("collects, scores and stores a scan", async () => {
    const { stored, outcome } = await scan();
    expect(stored.status).toBe("succeeded");
    expect(stored.postureScore).toBe(outcome.postureScore);
    expect(stored.grade).toMatch(/^[A-F]$/);
    expect(Object.values(stored.objectCounts as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await db().scanAggregate.count({ where: { scanId: stored.id } })).toBeGreaterThanOrEqual(9);
  });

  it("stores a scan with a 403 on one resource type as partial, with the gap", async () => {
    server.setFaults({ forbidden: ["secrets"] });
    const { stored } = await scan();
    expect(stored.status).toBe("partial");
    expect(JSON.stringify(stored.coverageGaps)).toMatch(/Secret/);
  });

  it("fails an unreachable cluster's scan and keeps the previous scan current", async () => {
    const good = await scan();
    const cluster = await db().cluster.findUniqueOrThrow({ where: { id: clusterId } });
    const unreachable = kubeconfigFor({ url: "https://127.0.0.1:9", caPem: server.caPem, token: server.token }, "live");
    await db().cluster.update({ where: { id: clusterId }, data: { credentials: encryptCredential(unreachable, clusterCredentialContext(clusterId)) } });
    const scanId = await createScan(clusterId);
    await expect(runScan(scanId, clusterId, sourceFor({ ...cluster, credentials: encryptCredential(unreachable, clusterCredentialContext(clusterId)) }))).rejects.toBeInstanceOf(ScanPhaseError);
    const failed = await db().scan.findUniqueOrThrow({ where: { id: scanId } });
    expect(failed).toMatchObject({ status: "failed", phase: "collect" });
    expect(failed.error).toMatch(/reach|refused|connect/i);
    // Stored as a catalogue text too: a French reader reads why in French.
    expect(failed.errorText).toMatchObject({ key: expect.any(String) });
    const [english, french] = [await scanDetail(scanId, "en"), await scanDetail(scanId, "fr")];
    expect(english.error).toMatch(/reach|refused|connect/i);
    expect(french.error).not.toBe(english.error);
    expect(french.error).toMatch(/injoignable|échec|échoué/i);
    expect((await lastGoodScan(clusterId))?.id).toBe(good.scanId);
  });

  it("never stores a Secret or ConfigMap value from the cluster", async () => {
    const { scanId } = await scan();
    const findings = await db().finding.findMany({ where: { scanId } });
    const text = JSON.stringify(findings) + JSON.stringify(await db().scan.findUniqueOrThrow({ where: { id: scanId } }));
    expect(text).not.toMatch(/CANARY/);
  });
});
