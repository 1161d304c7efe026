// Matrix, namespaces, trends, overview and ratings on the hand-computed "alpha" cluster
// (lib/db/queries/seed.testkit.ts seedAlpha explains every number).
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { ZFindingPage } from "@/lib/api/schemas/findings";
import { ZOverview } from "@/lib/api/schemas/overview";
import { ZRatings, ZRatingsVersion } from "@/lib/api/schemas/ratings";
import { ZMatrix, ZNamespaces, ZTrends } from "@/lib/api/schemas/scoring";
import { db } from "@/lib/db/client";
import { createException, revokeException } from "@/lib/db/exceptions";
import { bundle, call, callAs, callError, createTestCluster, daysAgo, deployment, jsonInit, alphaForEachTest, seedScan } from "@/lib/db/queries/seed.testkit";
import { DEFAULT_RATINGS } from "@/lib/scoring/quick-wins";
import { GET as getOverview } from "../../../overview/route";
import { GET as getRatings, PUT as putRatings } from "../../../ratings/route";
import { GET as listFindings } from "../findings/route";
import { GET as getNamespaces } from "../namespaces/route";
import { GET as getTrends } from "../trends/route";
import { GET as getMatrix } from "./route";

// These tests are about what the handlers do; who may call them is app/api/access.int.test.ts.
vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const alpha = alphaForEachTest({ ratings: true });

const matrixOf = (clusterId: string, query = "") => callAs(ZMatrix, getMatrix, `/api/clusters/${clusterId}/matrix?${query}`, { id: clusterId });
const trendsOf = (clusterId: string, query = "") => callAs(ZTrends, getTrends, `/api/clusters/${clusterId}/trends?${query}`, { id: clusterId });
const namespacesOf = (clusterId: string) => callAs(ZNamespaces, getNamespaces, `/api/clusters/${clusterId}/namespaces`, { id: clusterId });
const apiPrivileged = (clusterId: string) => ({
  clusterId, checkId: "privileged-container", scope: "object" as const, namespace: "payments", objectKind: "Deployment", objectName: "api",
  reason: "Vendor agent needs it until v2", expiresAt: daysAgo(-60),
});

describe("GET /api/clusters/[id]/matrix", () => {
  it("places the nine quick wins with the current scan's compliance and lists what to do next", async () => {
    const matrix = await matrixOf(alpha.clusterId);
    expect(matrix.scan?.id).toBe(alpha.s2);
    expect(matrix.ratings.mode).toBe("current");
    expect(matrix).toMatchObject({ postureScore: 65.63, grade: "D", exceptions: { nowWaived: 0, noLongerWaived: 0 } });
    const byId = Object.fromEntries(matrix.quickWins.map((point) => [point.quickWin, point]));
    expect(matrix.quickWins.map((point) => point.quickWin)).toEqual(["QW1", "QW2", "QW3", "QW4", "QW5", "QW6", "QW7", "QW8", "QW9"]);
    expect(byId.QW3).toEqual({ quickWin: "QW3", complexity: 2, gain: 5, score: 8, quadrant: "quick_wins", dx: 0, dy: 0, compliance: 0.75, openFindings: 1, weightedOpen: 10, waived: 0, notAssessable: 0 });
    expect(byId.QW4).toMatchObject({ complexity: 1, gain: 3, score: 5, quadrant: "fill_ins", compliance: 0.5, openFindings: 2, weightedOpen: 4 });
    expect(byId.QW1).toMatchObject({ compliance: null, openFindings: 0, score: 6 });
    // QW1, QW2 and QW9 share (2, 4): spread on a circle of radius 0.3.
    expect(Math.hypot(byId.QW1!.dx, byId.QW1!.dy)).toBeCloseTo(0.3, 3);
    expect(matrix.priority).toEqual([
      { quickWin: "QW3", score: 8, complexity: 2, gain: 5, compliance: 0.75, weightedOpen: 10, openFindings: 1 },
      { quickWin: "QW4", score: 5, complexity: 1, gain: 3, compliance: 0.5, weightedOpen: 4, openFindings: 2 },
    ]);
    // Same ratings as the scan: the posture is the one the scan stored.
    const stored = await db().scan.findUniqueOrThrow({ where: { id: alpha.s2 } });
    expect((await matrixOf(alpha.clusterId, "ratings=recorded")).postureScore).toBe(stored.postureScore);
  });

  it("reflects an exception created after the scan at once: compliance, posture and priority", async () => {
    await createException(apiPrivileged(alpha.clusterId), "lead");
    const matrix = await matrixOf(alpha.clusterId);
    const qw3 = matrix.quickWins.find((point) => point.quickWin === "QW3")!;
    // QW3: api waived (10), worker, web, cache pass (30) → 1 − 0/40 = 1
    expect(qw3).toMatchObject({ compliance: 1, openFindings: 0, weightedOpen: 0, waived: 1 });
    // (5 × 1 + 3 × 0.5) / 8 = 81.25 → B; QW3 fully compliant leaves the list.
    expect(matrix).toMatchObject({ postureScore: 81.25, grade: "B", exceptions: { nowWaived: 1, noLongerWaived: 0 } });
    expect(matrix.priority.map((item) => item.quickWin)).toEqual(["QW4"]);
    // The namespace view and the fleet agree.
    const payments = (await namespacesOf(alpha.clusterId)).namespaces.find((row) => row.namespace === "payments")!;
    expect(payments.quickWins.QW3).toMatchObject({ compliance: 1, openFindings: 0 });
    const overview = await callAs(ZOverview, getOverview, "/api/overview");
    expect(overview.clusters[0]).toMatchObject({ postureScore: 81.25, grade: "B", openCritical: 0, exceptions: { nowWaived: 1 } });
  });

  it("stops waiving at once when the exception a scan applied is revoked", async () => {
    const exception = await createException(apiPrivileged(alpha.clusterId), "lead", daysAgo(0.5));
    const waivedScan = await seedScan(alpha.clusterId, bundle(
      deployment("api", "payments", { privileged: true, memoryLimit: false }), deployment("worker", "payments", { privileged: false, memoryLimit: true }),
      deployment("web", "web", { privileged: false, memoryLimit: true }), deployment("cache", "web", { privileged: false, memoryLimit: false }),
    ), daysAgo(0.25));
    expect(await db().scan.findUniqueOrThrow({ where: { id: waivedScan.scanId } })).toMatchObject({ findingsWaived: 1, postureScore: 81.25 });
    expect((await matrixOf(alpha.clusterId)).postureScore).toBe(81.25);
    await revokeException(exception.id, "ciso");
    const matrix = await matrixOf(alpha.clusterId);
    expect(matrix).toMatchObject({ postureScore: 65.63, exceptions: { nowWaived: 0, noLongerWaived: 1 } });
    const open = await callAs(ZFindingPage, listFindings, `/api/clusters/${alpha.clusterId}/findings?status=open&severity=critical`, { id: alpha.clusterId });
    expect(open.items.map((item) => [item.objectName, item.status, item.recordedStatus])).toEqual([["api", "open", "waived"]]);
  });

  it("answers for a cluster never scanned, and 404 for an unknown one", async () => {
    const fresh = await createTestCluster("fresh");
    const matrix = await matrixOf(fresh);
    expect(matrix).toMatchObject({ scan: null, postureScore: null, grade: null, priority: [] });
    expect(matrix.quickWins).toHaveLength(9);
    const unknown = randomUUID();
    expect(await callError(getMatrix, `/api/clusters/${unknown}/matrix`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
    expect(await callError(getNamespaces, `/api/clusters/${unknown}/namespaces`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
    expect(await callError(getTrends, `/api/clusters/${unknown}/trends`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
  });
});

describe("GET /api/clusters/[id]/namespaces", () => {
  it("gives compliance and open findings per namespace and quick win", async () => {
    const { namespaces, scan } = await namespacesOf(alpha.clusterId);
    expect(scan?.id).toBe(alpha.s2);
    expect(namespaces.map((row) => row.namespace)).toEqual(["payments", "web"]);
    const [payments, web] = namespaces;
    // payments: api fails both, worker passes both → 0.5 and 0.5 → 50, F
    expect(payments).toMatchObject({ postureScore: 50, grade: "F", openFindings: 2 });
    expect(payments!.quickWins.QW3).toEqual({ compliance: 0.5, openFindings: 1, weightedOpen: 10, notAssessable: 0 });
    // web: both pass QW3 (1.0); cache fails QW4 (0.5) → (5 + 1.5) / 8 = 81.25, B
    expect(web).toMatchObject({ postureScore: 81.25, grade: "B", openFindings: 1 });
    expect(web!.quickWins.QW4).toEqual({ compliance: 0.5, openFindings: 1, weightedOpen: 2, notAssessable: 0 });
    expect(web!.quickWins.QW7).toEqual({ compliance: null, openFindings: 0, weightedOpen: 0, notAssessable: 0 });
  });
});

describe("GET /api/clusters/[id]/trends and ratings", () => {
  it("gives posture and compliance per good scan, recorded or re-scored with today's ratings", async () => {
    const recorded = await trendsOf(alpha.clusterId);
    expect(recorded.rescore).toBe("recorded");
    expect(recorded.points.map((point) => point.scanId)).toEqual([alpha.s1, alpha.s2]); // the failed scan is no point
    expect(recorded.points.map((point) => point.postureScore)).toEqual([50, 65.63]);
    expect(recorded.points.map((point) => [point.compliance.QW3, point.compliance.QW4, point.compliance.QW1])).toEqual([[0.5, 0.5, null], [0.75, 0.5, null]]);
    expect(recorded.points.map((point) => [point.openFindings, point.new, point.resolved])).toEqual([[4, 4, 0], [3, 0, 1]]);
    const before = recorded.ratingsVersionIds;
    expect(before).toHaveLength(1);

    // QW3's gain from 5 to 1: score 2 × 1 − 2 = 0.
    const version = await callAs(ZRatingsVersion, putRatings, "/api/ratings", {}, jsonInit("PUT", { ratings: { ...DEFAULT_RATINGS, QW3: { complexity: 2, gain: 1 } }, reason: "Privileged pods are blocked by admission already" }));
    expect(version).toMatchObject({ author: "test-admin", ratings: { QW3: { complexity: 2, gain: 1, score: 0 } } });

    const again = await trendsOf(alpha.clusterId, "rescore=recorded");
    expect(again.points.map((point) => point.postureScore)).toEqual([50, 65.63]);
    expect(again.ratingsVersionIds).toEqual(before);
    const rescored = await trendsOf(alpha.clusterId, "rescore=current");
    // s1: (1 × 0.5 + 3 × 0.5) / 4 = 50; s2: (1 × 0.75 + 3 × 0.5) / 4 = 56.25
    expect(rescored.points.map((point) => point.postureScore)).toEqual([50, 56.25]);
    expect(rescored.ratingsVersionIds).toEqual([version.id]);
    expect(rescored.currentRatingsVersionId).toBe(version.id);
    expect(rescored.points[1]!.compliance).toEqual(again.points[1]!.compliance);

    // The matrix follows today's ratings unless asked for the scan's own.
    const matrix = await matrixOf(alpha.clusterId);
    expect(matrix).toMatchObject({ postureScore: 56.25, grade: "F", ratings: { mode: "current", versionId: version.id } });
    expect(matrix.priority.map((item) => item.quickWin)).toEqual(["QW4", "QW3"]);
    expect(matrix.quickWins.find((point) => point.quickWin === "QW3")).toMatchObject({ score: 0, quadrant: "fill_ins" });
    const asRecorded = await matrixOf(alpha.clusterId, "ratings=recorded");
    expect(asRecorded).toMatchObject({ postureScore: 65.63, ratings: { mode: "recorded", versionId: before[0] } });

    // The fleet view re-scores its history with today's ratings too, so its changes compare like with like.
    const fleet = await callAs(ZOverview, getOverview, "/api/overview");
    expect(fleet.ratingsVersionId).toBe(version.id);
    expect(fleet.clusters[0]).toMatchObject({ postureScore: 56.25, change7d: 6.25 });
    expect(fleet.clusters[0]!.sparkline.map((point) => point.postureScore)).toEqual([50, 56.25]);

    const ratings = await callAs(ZRatings, getRatings, "/api/ratings");
    expect(ratings.current.id).toBe(version.id);
    expect(ratings.history[0]!.id).toBe(version.id);
    expect(ratings.history.map((entry) => entry.id)).toContain(before[0]);
  });

  it("narrows to a period and refuses an inverted one", async () => {
    const recent = await trendsOf(alpha.clusterId, `from=${daysAgo(5).toISOString()}`);
    expect(recent.points.map((point) => point.scanId)).toEqual([alpha.s2]);
    expect((await callError(getTrends, `/api/clusters/${alpha.clusterId}/trends?from=${daysAgo(1).toISOString()}&to=${daysAgo(5).toISOString()}`, { id: alpha.clusterId })).code).toBe("validation_failed");
    expect((await callError(getTrends, `/api/clusters/${alpha.clusterId}/trends?rescore=tomorrow`, { id: alpha.clusterId })).code).toBe("validation_failed");
  });

  it("refuses ratings without a reason, out of range, incomplete, malformed or oversized", async () => {
    const put = (body: unknown) => callError(putRatings, "/api/ratings", {}, jsonInit("PUT", body));
    expect(await put({ ratings: DEFAULT_RATINGS })).toMatchObject({ status: 400, code: "validation_failed" });
    expect(await put({ ratings: DEFAULT_RATINGS, reason: "   " })).toMatchObject({ status: 400, code: "validation_failed" });
    expect(await put({ ratings: { ...DEFAULT_RATINGS, QW4: { complexity: 6, gain: 3 } }, reason: "Too hard" })).toMatchObject({ status: 400, code: "validation_failed" });
    const { QW9: _dropped, ...eight } = DEFAULT_RATINGS;
    expect((await put({ ratings: eight, reason: "Only eight" })).details).toMatchObject({ fieldErrors: { ratings: expect.any(Array) } });
    expect((await callError(putRatings, "/api/ratings", {}, { method: "PUT", body: "{not json" })).code).toBe("validation_failed");
    expect(await callError(putRatings, "/api/ratings", {}, jsonInit("PUT", { ratings: DEFAULT_RATINGS, reason: "x".repeat(20_000) }))).toMatchObject({ status: 413, code: "payload_too_large" });
    expect((await callAs(ZRatings, getRatings, "/api/ratings")).current.ratings.QW4).toEqual({ complexity: 1, gain: 3, score: 5 });
  });
});

describe("GET /api/overview", () => {
  it("shows every non-archived cluster with its numbers, history and last scan, and fleet totals", async () => {
    await createTestCluster("fresh");
    const archived = await createTestCluster("retired");
    await db().cluster.update({ where: { id: archived }, data: { archived: true } });
    const overview = await callAs(ZOverview, getOverview, "/api/overview");
    expect(overview.clusters.map((cluster) => cluster.name)).toEqual(["alpha", "fresh"]);
    const [alphaRow, fresh] = overview.clusters;
    expect(alphaRow).toMatchObject({
      postureScore: 65.63, grade: "D", openCritical: 1, openHigh: 0,
      // 7 days ago the newest good scan was s1 (50); nothing is 30 days old.
      change7d: 15.63, change30d: null,
      currentScan: { id: alpha.s2, status: "succeeded" },
      lastScan: { id: alpha.failed, status: "failed", error: "connect ECONNREFUSED 10.0.0.1:6443" },
    });
    expect(alphaRow!.sparkline.map((point) => point.postureScore)).toEqual([50, 65.63]);
    expect(alphaRow!.lastScan!.ageSeconds).toBeGreaterThan(7_000);
    expect(fresh).toMatchObject({ postureScore: null, grade: null, currentScan: null, lastScan: null, sparkline: [], change7d: null });
    expect(overview.totals).toEqual({
      clusters: 2, scanned: 1, openCritical: 1, openHigh: 0, meanPosture: 65.63,
      byGrade: { A: 0, B: 0, C: 0, D: 1, F: 0, none: 1 }, lastScanFailed: 1, lastScanPartial: 0,
    });
  });

  it("answers an empty fleet", async () => {
    await db().cluster.deleteMany();
    const overview = await callAs(ZOverview, getOverview, "/api/overview");
    expect(overview.clusters).toEqual([]);
    expect(overview.totals).toMatchObject({ clusters: 0, meanPosture: null });
    expect((await call(getOverview, "/api/overview")).status).toBe(200);
  });
});
