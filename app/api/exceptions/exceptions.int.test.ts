import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { ZException, ZExceptionHistory, ZExceptionList } from "@/lib/api/schemas/exceptions";
import { ZFindingPage } from "@/lib/api/schemas/findings";
import { db } from "@/lib/db/client";
import { callAs, callError, daysAgo, jsonInit, alphaForEachTest } from "@/lib/db/queries/seed.testkit";
import { GET as listExceptions, POST as createException } from "../clusters/[id]/exceptions/route";
import { GET as listFindings } from "../clusters/[id]/findings/route";
import { GET as getHistory } from "./[id]/history/route";
import { DELETE as revokeException } from "./[id]/route";

// These tests are about what the handlers do; who may call them is app/api/access.int.test.ts.
vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const alpha = alphaForEachTest();

const namespaceException = { checkId: "container-missing-memory-limit", scope: "namespace", namespace: "web", reason: "Cache sizing reviewed by the web team" };
const post = (clusterId: string, body: unknown) => callAs(ZException, createException, `/api/clusters/${clusterId}/exceptions`, { id: clusterId }, jsonInit("POST", body), 201);
const postError = (clusterId: string, body: unknown) => callError(createException, `/api/clusters/${clusterId}/exceptions`, { id: clusterId }, jsonInit("POST", body));

describe("exceptions API", () => {
  it("creates an exception that applies at once, lists it, revokes it and keeps its history", async () => {
    const created = await post(alpha.clusterId, { ...namespaceException, expiresAt: daysAgo(-10).toISOString() });
    expect(created).toMatchObject({ clusterId: alpha.clusterId, scope: "namespace", namespace: "web", objectKind: null, author: "test-admin", state: "active", expiringSoon: true, revokedAt: null });

    const findings = await callAs(ZFindingPage, listFindings, `/api/clusters/${alpha.clusterId}/findings?status=waived`, { id: alpha.clusterId });
    expect(findings.items.map((item) => [item.objectName, item.waivedBy])).toEqual([["cache", { source: "exception", exceptionId: created.id }]]);

    const active = await callAs(ZExceptionList, listExceptions, `/api/clusters/${alpha.clusterId}/exceptions?state=active`, { id: alpha.clusterId });
    expect(active.items.map((item) => item.id)).toEqual([created.id]);

    const revoked = await callAs(ZException, revokeException, `/api/exceptions/${created.id}`, { id: created.id }, { method: "DELETE" });
    expect(revoked).toMatchObject({ state: "revoked", revokedAt: expect.any(Date) });
    expect((await callAs(ZExceptionList, listExceptions, `/api/clusters/${alpha.clusterId}/exceptions?state=active`, { id: alpha.clusterId })).items).toEqual([]);
    expect((await callAs(ZExceptionList, listExceptions, `/api/clusters/${alpha.clusterId}/exceptions`, { id: alpha.clusterId })).items).toHaveLength(1);

    const history = await callAs(ZExceptionHistory, getHistory, `/api/exceptions/${created.id}/history`, { id: created.id });
    expect(history.events.map((event) => [event.action, event.actor])).toEqual([["created", "test-admin"], ["revoked", "test-admin"]]);
    expect(history.events[0]!.details).toMatchObject({ scope: "namespace", reason: namespaceException.reason });
  });

  it("refuses an expiry more than a year ahead, a missing scope field, a short reason, or no expiry", async () => {
    expect(await postError(alpha.clusterId, { ...namespaceException, expiresAt: daysAgo(-400).toISOString() })).toMatchObject({ status: 400, code: "validation_failed", message: expect.stringMatching(/one year/) });
    expect(await postError(alpha.clusterId, { ...namespaceException, expiresAt: daysAgo(1).toISOString() })).toMatchObject({ status: 400, code: "validation_failed" });
    const missing = await postError(alpha.clusterId, { ...namespaceException, scope: "object", expiresAt: daysAgo(-10).toISOString() });
    expect(missing).toMatchObject({ status: 400, code: "validation_failed", details: { fieldErrors: { objectKind: expect.any(Array), objectName: expect.any(Array) } } });
    expect(await postError(alpha.clusterId, { ...namespaceException, reason: "because", expiresAt: daysAgo(-10).toISOString() })).toMatchObject({ status: 400, details: { fieldErrors: { reason: expect.any(Array) } } });
    expect(await postError(alpha.clusterId, namespaceException)).toMatchObject({ status: 400, details: { fieldErrors: { expiresAt: expect.any(Array) } } });
    expect(await db().riskException.count()).toBe(0);
  });

  it("answers 404 not_found for unknown clusters and exceptions", async () => {
    const unknown = randomUUID();
    expect(await postError(unknown, { ...namespaceException, expiresAt: daysAgo(-10).toISOString() })).toMatchObject({ status: 404, code: "not_found" });
    expect(await callError(listExceptions, `/api/clusters/${unknown}/exceptions`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
    expect(await callError(revokeException, `/api/exceptions/${unknown}`, { id: unknown }, { method: "DELETE" })).toMatchObject({ status: 404, code: "not_found" });
    expect(await callError(getHistory, `/api/exceptions/${unknown}/history`, { id: unknown })).toMatchObject({ status: 404, code: "not_found" });
  });
});
