import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../checks/engine";
import { snapshotFromText } from "../checks/load";
import { summarizeResults } from "../scans/summarize";
import { db } from "./client";
import { currentRatings } from "./ratings";
import { completeScan, createScan, failScan, lastGoodScan, markScanProgress, pruneFindings } from "./scans";

const deployment = (name: string, privileged: boolean) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: payments }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: main
          image: registry.example/${name}:1.0
          securityContext: { privileged: ${privileged} }
`;

async function scanOf(clusterId: string, yaml: string, at: Date, gaps: { kind: string; reason: string }[] = []) {
  const scanId = await createScan(clusterId, { queuedAt: at });
  await markScanProgress(scanId, "evaluate", 50, at);
  const { snapshot } = snapshotFromText(yaml);
  snapshot.gaps = gaps;
  const ratings = await currentRatings();
  const summary = summarizeResults(clusterId, evaluateSnapshot(snapshot), gaps, ratings.ratings);
  const diff = await completeScan(scanId, { summary, ratingsVersionId: ratings.id, objectCounts: { Deployment: 2 }, finishedAt: new Date(at.getTime() + 60_000) });
  return { scanId, diff, summary };
}

let clusterId: string;
beforeEach(async () => {
  await db().cluster.deleteMany();
  clusterId = (await db().cluster.create({ data: { name: "history", connectionKind: "manifests" } })).id;
});
afterAll(async () => {
  await db().$disconnect();
});

describe("scan persistence and comparison", () => {
  it("stores findings and aggregates, then compares by fingerprint carrying first-seen dates", async () => {
    const day1 = new Date("2026-10-01T00:00:00Z");
    const first = await scanOf(clusterId, deployment("api", true) + "---" + deployment("web", true), day1);
    expect(first.diff.resolved).toBe(0);
    expect(first.diff.new).toBe(first.summary.findings.length);
    const privilegedFirst = await db().finding.findFirstOrThrow({ where: { scanId: first.scanId, checkId: "privileged-container", objectName: "api" } });

    const day8 = new Date("2026-10-08T00:00:00Z");
    const second = await scanOf(clusterId, deployment("api", true) + "---" + deployment("web", false), day8);
    const stored = await db().scan.findUniqueOrThrow({ where: { id: second.scanId } });
    expect(stored).toMatchObject({ status: "succeeded", progress: 100, previousScanId: first.scanId, findingsResolved: second.diff.resolved });
    expect(second.diff.resolved).toBeGreaterThanOrEqual(1); // web no longer privileged
    const stillOpen = await db().finding.findFirstOrThrow({ where: { scanId: second.scanId, checkId: "privileged-container", objectName: "api" } });
    expect(stillOpen.fingerprint).toBe(privilegedFirst.fingerprint);
    expect(stillOpen.firstSeenAt.toISOString()).toBe(day1.toISOString());
    expect(await db().finding.count({ where: { scanId: second.scanId, checkId: "privileged-container", objectName: "web" } })).toBe(0);

    const aggregates = await db().scanAggregate.findMany({ where: { scanId: second.scanId, namespace: "", quickWin: "QW3" } });
    expect(aggregates).toHaveLength(1);
    expect(aggregates[0]!.fail).toBe(second.summary.aggregates.find((row) => row.namespace === "" && row.quickWin === "QW3")!.tally.counts.fail);
    expect(stored.postureScore).toBe(second.summary.postureScore);
  });

  it("never lets a failed scan replace the last good one", async () => {
    const good = await scanOf(clusterId, deployment("api", false), new Date("2026-10-01T00:00:00Z"));
    const failed = await createScan(clusterId, { queuedAt: new Date("2026-10-02T00:00:00Z") });
    await failScan(failed, "collect", "connect ECONNREFUSED 10.0.0.1:6443");
    expect((await lastGoodScan(clusterId))?.id).toBe(good.scanId);
    expect(await db().scan.findUniqueOrThrow({ where: { id: failed } })).toMatchObject({ status: "failed", phase: "collect" });
  });

  it("stores a scan with coverage gaps as partial, showing its gaps", async () => {
    const partial = await scanOf(clusterId, deployment("api", false), new Date("2026-10-03T00:00:00Z"), [{ kind: "Secret", reason: "forbidden: cannot list secrets" }]);
    const stored = await db().scan.findUniqueOrThrow({ where: { id: partial.scanId } });
    expect(stored.status).toBe("partial");
    expect(stored.coverageGaps).toEqual(expect.arrayContaining([{ kind: "resource", name: "Secret", reason: "forbidden: cannot list secrets" }]));
  });

  it("prunes the finding rows of scans finished before the cutoff; scans and their aggregates stay", async () => {
    const yaml = deployment("api", true) + "---" + deployment("web", true);
    const old = await scanOf(clusterId, yaml, new Date("2026-06-01T00:00:00Z"));
    const recent = await scanOf(clusterId, yaml, new Date("2026-09-01T00:00:00Z"));
    const other = (await db().cluster.create({ data: { name: "elsewhere", connectionKind: "manifests" } })).id;
    const otherOld = await scanOf(other, deployment("api", true), new Date("2026-06-02T00:00:00Z"));
    const oldIds = [old.scanId, otherOld.scanId];
    const scansBefore = await db().scan.findMany({ orderBy: { id: "asc" } });
    const aggregatesBefore = await db().scanAggregate.findMany({ orderBy: [{ scanId: "asc" }, { namespace: "asc" }, { quickWin: "asc" }] });
    const recentFindings = await db().finding.findMany({ where: { scanId: recent.scanId }, orderBy: { fingerprint: "asc" } });
    expect(old.summary.findings.length).toBeGreaterThan(0);
    expect(recentFindings).toHaveLength(recent.summary.findings.length);

    // The cutoff is the recent scan's own finishing time: "before" is strict, so it stays.
    const removed = await pruneFindings((await db().scan.findUniqueOrThrow({ where: { id: recent.scanId } })).finishedAt!);

    expect(removed).toBe(old.summary.findings.length + otherOld.summary.findings.length);
    expect(await db().finding.count({ where: { scanId: { in: oldIds } } })).toBe(0);
    expect(await db().finding.findMany({ where: { scanId: recent.scanId }, orderBy: { fingerprint: "asc" } })).toEqual(recentFindings);
    expect(await db().scan.findMany({ orderBy: { id: "asc" } })).toEqual(scansBefore);
    expect(await db().scanAggregate.findMany({ orderBy: [{ scanId: "asc" }, { namespace: "asc" }, { quickWin: "asc" }] })).toEqual(aggregatesBefore);
    expect(aggregatesBefore.filter((row) => oldIds.includes(row.scanId)).length).toBeGreaterThanOrEqual(18);
    // Nothing left to prune: a second run removes nothing.
    expect(await pruneFindings(new Date("2026-08-01T00:00:00Z"))).toBe(0);
  });
});
