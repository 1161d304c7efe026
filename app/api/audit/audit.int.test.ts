// The audit log's admin API: filters, paging, validation; and its one-year retention.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as auditRoute } from "@/app/api/audit/route";
import { POST as signOut } from "@/app/api/auth/sign-out/route";
import { pruneAuditLog } from "@/lib/audit/retention";
import { recordAuditEvent } from "@/lib/db/audit";
import { db } from "@/lib/db/client";
import { createUsers, NO_PARAMS, sessionCookie, useTestAuthSecret } from "@/test/sessions";

let emails: Awaited<ReturnType<typeof createUsers>>;
let admin: string;
beforeAll(async () => {
  useTestAuthSecret();
  emails = await createUsers();
  admin = await sessionCookie(emails.admin);
});
beforeEach(() => db().auditEvent.deleteMany());

interface TPage {
  items: { id: string; at: string; actor: string; action: string; targetKind: string | null; targetId: string | null; details: Record<string, unknown> }[];
  nextCursor: string | null;
}

async function get(query: string, cookie = admin) {
  const response = await auditRoute(new Request(`http://ramparts.test/api/audit${query}`, { headers: { cookie, host: "ramparts.test" } }), NO_PARAMS);
  return { status: response.status, body: (await response.json()) as TPage & { error?: { code: string } } };
}

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

async function seed() {
  await recordAuditEvent({ actorId: "u1", actor: "admin@example.test", action: "cluster.created", targetKind: "cluster", targetId: "c1", details: { name: "prod" }, at: day("2026-11-01") });
  await recordAuditEvent({ actorId: "anonymous", actor: "mallory@example.test", action: "sign_in.failed", at: day("2026-11-02") });
  await recordAuditEvent({ actorId: "u2", actor: "editor@example.test", action: "exception.created", targetKind: "exception", targetId: "e1", at: day("2026-11-03") });
  await recordAuditEvent({ actorId: "anonymous", actor: "mallory@example.test", action: "sign_in.failed", at: day("2026-11-04") });
  await recordAuditEvent({ actorId: "u1", actor: "admin@example.test", action: "ratings.saved", targetKind: "ratings", targetId: "3", at: day("2026-11-05") });
}

describe("GET /api/audit", () => {
  it("lists events newest first, and filters by action, actor and period", async () => {
    await seed();
    const all = await get("");
    expect(all.status).toBe(200);
    expect(all.body.items.map((item) => item.action)).toEqual(["ratings.saved", "sign_in.failed", "exception.created", "sign_in.failed", "cluster.created"]);
    expect(all.body.items.at(-1)).toMatchObject({ actor: "admin@example.test", targetKind: "cluster", targetId: "c1", details: { name: "prod" }, at: "2026-11-01T12:00:00.000Z" });
    expect((await get("?action=sign_in.failed")).body.items.map((item) => item.at)).toEqual(["2026-11-04T12:00:00.000Z", "2026-11-02T12:00:00.000Z"]);
    expect((await get("?actor=ADMIN@")).body.items.map((item) => item.action)).toEqual(["ratings.saved", "cluster.created"]);
    expect((await get("?from=2026-11-02T00:00:00Z&to=2026-11-04T00:00:00Z")).body.items.map((item) => item.action)).toEqual(["exception.created", "sign_in.failed"]);
  });

  it("pages with an opaque cursor until the end", async () => {
    await seed();
    const first = await get("?limit=2");
    expect(first.body.items).toHaveLength(2);
    const second = await get(`?limit=2&cursor=${first.body.nextCursor}`);
    const third = await get(`?limit=2&cursor=${second.body.nextCursor}`);
    expect(third.body.nextCursor).toBeNull();
    const seen = [...first.body.items, ...second.body.items, ...third.body.items].map((item) => item.action);
    expect(seen).toEqual((await get("")).body.items.map((item) => item.action));
  });

  it("refuses bad filters with validation_failed", async () => {
    for (const query of ["?action=drop_tables", "?from=yesterday", "?from=2026-11-05T00:00:00Z&to=2026-11-01T00:00:00Z", "?cursor=bm90IGpzb24", "?limit=1000"]) {
      const answer = await get(query);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error?.code, query).toBe("validation_failed");
    }
  });

  it("is for admins only", async () => {
    expect((await get("", await sessionCookie(emails.editor))).status).toBe(403);
    expect((await get("", "")).status).toBe(401);
  });

  it("records a sign-out with who signed out", async () => {
    const cookie = await sessionCookie(emails.viewer);
    const request = new Request("http://ramparts.test/api/auth/sign-out", { method: "POST", headers: { cookie, host: "ramparts.test", origin: "http://ramparts.test" } });
    expect((await signOut(request, NO_PARAMS)).status).toBe(200);
    const events = await db().auditEvent.findMany({ where: { action: "sign_out" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: emails.viewer, targetKind: "user" });
  });
});

describe("audit retention", () => {
  it("deletes events older than a year and ended sign-in counters, keeps the rest", async () => {
    const now = new Date("2026-11-27T00:00:00Z");
    await recordAuditEvent({ actorId: "system", actor: "system", action: "cluster.archived", at: new Date("2025-11-26T00:00:00Z") });
    await recordAuditEvent({ actorId: "system", actor: "system", action: "cluster.archived", at: new Date("2025-11-28T00:00:00Z") });
    await db().signInThrottle.deleteMany();
    await db().signInThrottle.createMany({ data: [
      { key: "account:old@example.test", attempts: 5, windowStartedAt: new Date(now.getTime() - 16 * 60_000) },
      { key: "account:new@example.test", attempts: 5, windowStartedAt: new Date(now.getTime() - 5 * 60_000) },
    ] });
    expect(await pruneAuditLog(now)).toEqual({ events: 1, throttles: 1 });
    expect((await db().auditEvent.findMany()).map((event) => event.at.toISOString())).toEqual(["2025-11-28T00:00:00.000Z"]);
    expect((await db().signInThrottle.findMany()).map((row) => row.key)).toEqual(["account:new@example.test"]);
  });
});
