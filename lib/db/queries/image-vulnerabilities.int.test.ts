// Quick win 2's image vulnerability table: what a scan stores from Trivy Operator's reports,
// and how the page tells "no scanner" from "could not read" from "counts".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createManifestsCluster, useTestEncryptionKey } from "../../../test/clusters";
import { clusterCredentialContext, encryptCredential } from "../../crypto/credentials";
import { kubeconfigFor } from "../../demo/kubeconfig-for";
import { startFakeApiServer, type TFakeApiServer } from "../../kube/fake-api-server";
import { runScan } from "../../scans/pipeline";
import { sourceFor } from "../../scans/sources";
import { db } from "../client";
import { createScan, pruneFindings } from "../scans";
import { imageVulnerabilities } from "./image-vulnerabilities";

const FIXTURES = join("lib", "kube", "fixtures");
const WITHOUT_TRIVY = ["config", "namespaces", "network", "rbac", "workloads"].map((name) => join(FIXTURES, `${name}.yaml`));
let server: TFakeApiServer;

beforeAll(async () => {
  useTestEncryptionKey();
  server = await startFakeApiServer({ dir: FIXTURES });
});
afterAll(async () => {
  await server.close();
  await db().$disconnect();
});
beforeEach(async () => {
  server.setFaults({});
  await db().cluster.deleteMany();
});

async function scanned(clusterId: string): Promise<string> {
  const cluster = await db().cluster.findUniqueOrThrow({ where: { id: clusterId } });
  const scanId = await createScan(clusterId);
  await runScan(scanId, clusterId, sourceFor(cluster));
  return scanId;
}

async function liveCluster(): Promise<string> {
  const cluster = await db().cluster.create({ data: { name: "live", connectionKind: "kubeconfig", contextName: "live" } });
  await db().cluster.update({ where: { id: cluster.id }, data: { credentials: encryptCredential(kubeconfigFor(server, "live"), clusterCredentialContext(cluster.id)) } });
  return cluster.id;
}

describe("image vulnerabilities of the current scan", () => {
  it("stores each workload container's critical and high counts from a live cluster's VulnerabilityReports", async () => {
    const clusterId = await liveCluster();
    const scanId = await scanned(clusterId);
    const view = await imageVulnerabilities(clusterId);
    expect(view.scan?.id).toBe(scanId);
    expect(view.scanning).toBe("reports");
    expect(view.total).toBe(1);
    expect(view.clean).toBe(0);
    expect(view.rows).toEqual([{
      namespace: "payments", workloadKind: "Deployment", workloadName: "api", container: "api", image: expect.any(String),
      reportName: "replicaset-api-6d4cf-api", critical: 1, high: 3, reportUpdatedAt: "2024-11-03T08:00:00.000Z",
    }]);
    // Pruned with the findings; the scan itself stays.
    await pruneFindings(new Date(Date.now() + 60_000));
    expect(await db().scanImageVulnerability.count({ where: { scanId } })).toBe(0);
  });

  it("says the reports could not be read when listing them was forbidden", async () => {
    server.setFaults({ forbidden: ["vulnerabilityreports"] });
    const clusterId = await liveCluster();
    await scanned(clusterId);
    const view = await imageVulnerabilities(clusterId);
    expect(view).toMatchObject({ scanning: "unreadable", rows: [], total: 0 });
  });

  it("says no image scanning was detected, with the quick win 2 finding, when there is no report and no scanner", async () => {
    const clusterId = await createManifestsCluster("no-trivy", { type: "bundle", yaml: WITHOUT_TRIVY.map((path) => readFileSync(path, "utf8")).join("\n---\n") });
    const scanId = await scanned(clusterId);
    const view = await imageVulnerabilities(clusterId);
    expect(view.scanning).toBe("absent");
    const finding = await db().finding.findFirstOrThrow({ where: { scanId, checkId: "image-scanning-not-in-place" } });
    expect(view.findingId).toBe(finding.id);
  });

  it("has nothing to show before the first successful scan", async () => {
    const clusterId = await liveCluster();
    expect(await imageVulnerabilities(clusterId)).toEqual({ scan: null, scanning: null, rows: [], total: 0, clean: 0, findingId: null });
  });
});
