import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { ZFindingDetail, ZFindingPage } from "@/lib/api/schemas/findings";
import { db } from "@/lib/db/client";
import { createException, revokeException } from "@/lib/db/exceptions";
import { bundle, callAs, callError, createTestCluster, daysAgo, deployment, alphaForEachTest, seedScan } from "@/lib/db/queries/seed.testkit";
import { GET as getFinding } from "../../../findings/[id]/route";
import { GET as listFindings } from "./route";

// These tests are about what the handlers do; who may call them is app/api/access.int.test.ts.
vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const alpha = alphaForEachTest();

const findingsOf = (clusterId: string, query = "") => callAs(ZFindingPage, listFindings, `/api/clusters/${clusterId}/findings?${query}`, { id: clusterId });

describe("GET /api/clusters/[id]/findings", () => {
  it("lists the current scan's findings, skipping a newer failed scan", async () => {
    const page = await findingsOf(alpha.clusterId);
    expect(page.scan?.id).toBe(alpha.s2);
    expect(page.total).toBe(3);
    const rows = page.items.map((item) => [item.severity, item.checkId, item.objectName].join(" "));
    expect(rows[0]).toBe("critical privileged-container api");
    expect(rows.slice(1).sort()).toEqual(["medium container-missing-memory-limit api", "medium container-missing-memory-limit cache"]);
    expect(page.items.every((item) => item.status === "open" && item.recordedStatus === "open" && item.waivedBy === null)).toBe(true);
  });

  it("filters by quick win, namespace, severity, check and status", async () => {
    expect((await findingsOf(alpha.clusterId, "quickWin=QW4")).total).toBe(2);
    expect((await findingsOf(alpha.clusterId, "quickWin=QW1")).total).toBe(0);
    const web = await findingsOf(alpha.clusterId, "namespace=web");
    expect(web.items.map((item) => item.objectName)).toEqual(["cache"]);
    expect((await findingsOf(alpha.clusterId, "severity=critical")).items.map((item) => item.objectName)).toEqual(["api"]);
    expect((await findingsOf(alpha.clusterId, "check=container-missing-memory-limit")).total).toBe(2);
    expect((await findingsOf(alpha.clusterId, "check=container-missing-memory-limit&namespace=payments")).total).toBe(1);
    expect((await findingsOf(alpha.clusterId, "status=open")).total).toBe(3);
    expect((await findingsOf(alpha.clusterId, "status=waived")).total).toBe(0);
    expect((await callError(listFindings, `/api/clusters/${alpha.clusterId}/findings?severity=urgent`, { id: alpha.clusterId })).code).toBe("validation_failed");
    expect((await callError(listFindings, `/api/clusters/${alpha.clusterId}/findings?limit=0`, { id: alpha.clusterId })).code).toBe("validation_failed");
  });

  it("waives a finding as soon as an exception covering it is created after the scan, and reopens it when revoked", async () => {
    const exception = await createException(
      { clusterId: alpha.clusterId, checkId: "privileged-container", scope: "object", namespace: "payments", objectKind: "Deployment", objectName: "api", reason: "Vendor agent until v2 ships", expiresAt: daysAgo(-30) },
      "lead",
    );
    const waived = await findingsOf(alpha.clusterId, "status=waived");
    expect(waived.items.map((item) => [item.objectName, item.status, item.recordedStatus, item.waivedBy])).toEqual([
      ["api", "waived", "open", { source: "exception", exceptionId: exception.id }],
    ]);
    expect((await findingsOf(alpha.clusterId, "status=open")).items.map((item) => item.checkId)).toEqual(["container-missing-memory-limit", "container-missing-memory-limit"]);

    await revokeException(exception.id, "ciso");
    expect((await findingsOf(alpha.clusterId, "status=waived")).total).toBe(0);
  });

  it("answers an empty page before the first good scan, and 404 for an unknown cluster", async () => {
    const fresh = await createTestCluster("fresh");
    expect(await findingsOf(fresh)).toEqual({ scan: null, total: 0, items: [], nextCursor: null });
    const unknown = randomUUID();
    expect(await callError(listFindings, `/api/clusters/${unknown}/findings`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
  });
});

describe("cursor pagination", () => {
  it("returns every finding exactly once across pages, ties on severity broken by id", async () => {
    // 13 deployments, each failing both checks: 13 critical and 13 medium findings, all tied within their severity.
    const clusterId = await createTestCluster("many");
    const yaml = bundle(...Array.from({ length: 13 }, (_, index) => deployment(`app-${index}`, `team-${index % 3}`, { privileged: true, memoryLimit: false })));
    await seedScan(clusterId, yaml, daysAgo(1));
    for (const limit of [1, 4, 7, 26, 200]) {
      const seen: string[] = [];
      const severities: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await findingsOf(clusterId, `limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
        expect(page.total).toBe(26);
        expect(page.items.length).toBeLessThanOrEqual(limit);
        seen.push(...page.items.map((item) => item.id));
        severities.push(...page.items.map((item) => item.severity));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 100);
      expect(seen).toHaveLength(26);
      expect(new Set(seen).size).toBe(26);
      expect(severities).toEqual([...Array(13).fill("critical"), ...Array(13).fill("medium")]);
      expect(pages).toBe(Math.ceil(26 / limit));
    }
    // Filters and cursors combine.
    const first = await findingsOf(clusterId, "namespace=team-0&limit=3");
    const rest = await findingsOf(clusterId, `namespace=team-0&limit=100&cursor=${first.nextCursor}`);
    expect(first.total).toBe(10); // app-0, 3, 6, 9, 12 × 2 checks
    expect(new Set([...first.items, ...rest.items].map((item) => item.id)).size).toBe(10);
  });
});

describe("GET /api/findings/[id]", () => {
  it("shows the finding, its check, and its fingerprint's history across scans", async () => {
    const page = await findingsOf(alpha.clusterId, "severity=critical");
    const api = page.items[0]!;
    const detail = await callAs(ZFindingDetail, getFinding, `/api/findings/${api.id}`, { id: api.id });
    expect(detail).toMatchObject({ id: api.id, checkId: "privileged-container", quickWin: "QW3", objectName: "api", status: "open" });
    expect(detail.check).toMatchObject({ title: expect.any(String), why: expect.any(String) });
    expect(detail.history.scans.map((entry) => [entry.scanId, entry.status])).toEqual([[alpha.s1, "open"], [alpha.s2, "open"]]);
    expect(detail.history).toMatchObject({ currentScanId: alpha.s2, inCurrentScan: true });
    // First seen when s1 started; carried forward to s2's row.
    const s1 = await db().scan.findUniqueOrThrow({ where: { id: alpha.s1 } });
    expect(detail.history.firstSeenAt.toISOString()).toBe(s1.startedAt!.toISOString());
    expect(detail.firstSeenAt.toISOString()).toBe(s1.startedAt!.toISOString());

    // The finding resolved in s2: its s1 row says it is no longer in the current scan.
    const s1Web = await db().finding.findFirstOrThrow({ where: { scanId: alpha.s1, objectName: "web", checkId: "privileged-container" } });
    const resolved = await callAs(ZFindingDetail, getFinding, `/api/findings/${s1Web.id}`, { id: s1Web.id });
    expect(resolved.history).toMatchObject({ inCurrentScan: false, currentScanId: alpha.s2 });
    expect(resolved.history.scans).toHaveLength(1);
  });

  it("answers 404 not_found for an unknown finding", async () => {
    const unknown = randomUUID();
    expect(await callError(getFinding, `/api/findings/${unknown}`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
  });
});
