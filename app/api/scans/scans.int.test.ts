import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { ZScanDetail, ZScanDiff, ZScanList, ZTriggerScanResponse } from "@/lib/api/schemas/scans";
import { text } from "@/lib/checks/text";
import { db } from "@/lib/db/client";
import { call, callAs, callError, createTestCluster, alphaForEachTest } from "@/lib/db/queries/seed.testkit";
import { stopQueueClient } from "@/lib/scans/queue-client";
import { GET as listScans } from "./route";
import { GET as getScan } from "./[id]/route";
import { GET as getDiff } from "./[id]/diff/route";
import { POST as triggerScan } from "../clusters/[id]/scans/route";

// These tests are about what the handlers do; who may call them is app/api/access.int.test.ts.
vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const alpha = alphaForEachTest({ cleanUp: stopQueueClient });

describe("GET /api/scans", () => {
  it("lists newest first, filters by cluster and status, and pages with a cursor", async () => {
    const all = await callAs(ZScanList, listScans, `/api/scans?clusterId=${alpha.clusterId}`);
    expect(all.items.map((scan) => scan.id)).toEqual([alpha.failed, alpha.s2, alpha.s1]);
    expect(all.nextCursor).toBeNull();
    expect(all.items[1]).toMatchObject({ status: "succeeded", postureScore: 65.63, grade: "D", counts: { open: 3, waived: 0, new: 0, resolved: 1 }, durationMs: 60_000 });

    const first = await callAs(ZScanList, listScans, `/api/scans?clusterId=${alpha.clusterId}&limit=2`);
    expect(first.items.map((scan) => scan.id)).toEqual([alpha.failed, alpha.s2]);
    const second = await callAs(ZScanList, listScans, `/api/scans?clusterId=${alpha.clusterId}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((scan) => scan.id)).toEqual([alpha.s1]);
    expect(second.nextCursor).toBeNull();

    const failed = await callAs(ZScanList, listScans, `/api/scans?status=failed`);
    expect(failed.items.map((scan) => scan.id)).toEqual([alpha.failed]);
    expect((await callError(listScans, "/api/scans?cursor=garbage")).code).toBe("validation_failed");
    expect((await callError(listScans, "/api/scans?status=exploded")).code).toBe("validation_failed");
  });
});

describe("GET /api/scans/[id]", () => {
  it("details a good scan with its comparison, and says which scan is current", async () => {
    const s2 = await callAs(ZScanDetail, getScan, `/api/scans/${alpha.s2}`, { id: alpha.s2 });
    expect(s2).toMatchObject({ status: "succeeded", phase: "done", progress: 100, previousScanId: alpha.s1, isCurrent: true, error: null, coverageGaps: [] });
    expect(s2.ratingsVersionId).toEqual(expect.any(Number));
    // 4 deployments × 2 checks
    expect(s2.evaluations).toBe(8);
  });

  it("gives coverage gap reasons in the reader's language, and older English reasons as stored", async () => {
    const gaps = [
      { kind: "resource", name: "Secret", reason: text("gapForbidden", { plural: "secrets" }) },
      { kind: "check", name: "apiserver-profiling", reason: text("apiServerNotVisible"), count: 1 },
      { kind: "resource", name: "Node", reason: "forbidden: the credentials cannot list nodes" },
    ];
    await db().scan.update({ where: { id: alpha.s2 }, data: { coverageGaps: gaps as never } });
    const english = await callAs(ZScanDetail, getScan, `/api/scans/${alpha.s2}`, { id: alpha.s2 });
    expect(english.coverageGaps.map((gap) => gap.reason)).toEqual([
      "forbidden: the credentials cannot list secrets",
      "No kube-apiserver Pod is visible in kube-system: the control plane is managed or not visible to the scan.",
      "forbidden: the credentials cannot list nodes",
    ]);
    const french = await callAs(ZScanDetail, getScan, `/api/scans/${alpha.s2}?lang=fr`, { id: alpha.s2 });
    expect(french.coverageGaps.map((gap) => gap.reason)).toEqual([
      "interdit : les identifiants ne permettent pas de lister les secrets",
      "Aucun Pod kube-apiserver n’est visible dans kube-system : le control plane est managé ou n’est pas visible par le scan.",
      "forbidden: the credentials cannot list nodes",
    ]);
    expect((await callError(getScan, `/api/scans/${alpha.s2}?lang=de`, { id: alpha.s2 })).code).toBe("validation_failed");
  });

  it("details a failed scan with its phase and error; it is not current", async () => {
    const failed = await callAs(ZScanDetail, getScan, `/api/scans/${alpha.failed}`, { id: alpha.failed });
    expect(failed).toMatchObject({ status: "failed", phase: "collect", error: "connect ECONNREFUSED 10.0.0.1:6443", isCurrent: false, postureScore: null });
  });

  it("answers 404 not_found for an unknown or malformed id", async () => {
    const unknown = randomUUID();
    expect(await callError(getScan, `/api/scans/${unknown}`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
    expect(await callError(getScan, "/api/scans/nope", { id: "nope" })).toMatchObject({ status: 404, code: "not_found" });
    expect(await callError(getDiff, `/api/scans/${unknown}/diff`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
  });
});

describe("GET /api/scans/[id]/diff", () => {
  it("lists what is new and what was resolved since the previous good scan", async () => {
    const resolved = await callAs(ZScanDiff, getDiff, `/api/scans/${alpha.s2}/diff?kind=resolved`, { id: alpha.s2 });
    expect(resolved).toMatchObject({ previousScanId: alpha.s1, counts: { new: 0, resolved: 1 }, findingsAvailable: true, nextCursor: null });
    expect(resolved.items.map((item) => [item.checkId, item.objectName, item.scanId])).toEqual([["privileged-container", "web", alpha.s1]]);
    const fresh = await callAs(ZScanDiff, getDiff, `/api/scans/${alpha.s2}/diff?kind=new`, { id: alpha.s2 });
    expect(fresh.items).toEqual([]);

    // The first scan: everything is new (4 findings), paged two by two.
    const page1 = await callAs(ZScanDiff, getDiff, `/api/scans/${alpha.s1}/diff?limit=2`, { id: alpha.s1 });
    expect(page1.counts.new).toBe(4);
    const page2 = await callAs(ZScanDiff, getDiff, `/api/scans/${alpha.s1}/diff?limit=2&cursor=${page1.nextCursor}`, { id: alpha.s1 });
    expect(page2.nextCursor).toBeNull();
    const ids = [...page1.items, ...page2.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(4);
    expect([...page1.items, ...page2.items].map((item) => item.severity)).toEqual(["critical", "critical", "medium", "medium"]);
  });

  it("says when the finding rows were pruned by retention", async () => {
    await db().finding.deleteMany({ where: { scanId: alpha.s1 } });
    const diff = await callAs(ZScanDiff, getDiff, `/api/scans/${alpha.s2}/diff?kind=resolved`, { id: alpha.s2 });
    expect(diff).toMatchObject({ findingsAvailable: false, counts: { resolved: 1 }, items: [] });
  });
});

describe("POST /api/clusters/[id]/scans", () => {
  it("queues a scan at once (202), then joins it instead of queueing a second", async () => {
    const first = await callAs(ZTriggerScanResponse, triggerScan, `/api/clusters/${alpha.clusterId}/scans`, { id: alpha.clusterId }, { method: "POST" }, 202);
    expect(first.joined).toBe(false);
    expect(await db().scan.findUniqueOrThrow({ where: { id: first.scanId } })).toMatchObject({ status: "queued", clusterId: alpha.clusterId });
    const second = await callAs(ZTriggerScanResponse, triggerScan, `/api/clusters/${alpha.clusterId}/scans`, { id: alpha.clusterId }, { method: "POST" }, 202);
    expect(second).toEqual({ scanId: first.scanId, joined: true });
    // Who asked, both times, in the audit log.
    const asked = await db().auditEvent.findMany({ where: { action: "scan.requested", targetId: alpha.clusterId }, orderBy: { id: "asc" } });
    expect(asked.map((event) => [event.actor, event.targetKind, (event.details as { joined: boolean }).joined])).toEqual([["test-admin", "cluster", false], ["test-admin", "cluster", true]]);
    // A queued scan is not current: the scan list shows it, the numbers do not move.
    const detail = await callAs(ZScanDetail, getScan, `/api/scans/${alpha.s2}`, { id: alpha.s2 });
    expect(detail.isCurrent).toBe(true);
  });

  it("refuses unknown and archived clusters", async () => {
    const unknown = randomUUID();
    expect(await callError(triggerScan, `/api/clusters/${unknown}/scans`, { id: unknown }, { method: "POST" })).toMatchObject({ status: 404, code: "not_found" });
    const archived = await createTestCluster("retired");
    await db().cluster.update({ where: { id: archived }, data: { archived: true } });
    expect((await call(triggerScan, `/api/clusters/${archived}/scans`, { id: archived }, { method: "POST" })).status).toBe(409);
  });
});
