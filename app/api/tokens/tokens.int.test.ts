// API tokens end to end through the real route handlers, sessions and authorize(): an admin
// creates tokens, they work within their scope, they are stored hashed, their secret is never
// shown again, and a revoked token stops working at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZOverview } from "@/lib/api/schemas/overview";
import { ZTriggerScanResponse } from "@/lib/api/schemas/scans";
import { ZApiToken, ZApiTokenCreated, ZApiTokenList } from "@/lib/api/schemas/tokens";
import { hashTokenSecret } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { call, callAs, callError, seedAlpha } from "@/lib/db/queries/seed.testkit";
import { stopQueueClient } from "@/lib/scans/queue-client";
import { createUsers, sessionCookie, useTestAuthSecret } from "@/test/sessions";
import { GET as getOverview } from "../overview/route";
import { GET as getAudit } from "../audit/route";
import { POST as triggerScan } from "../clusters/[id]/scans/route";
import { POST as createException } from "../clusters/[id]/exceptions/route";
import { GET as listTokens, POST as createToken } from "./route";
import { DELETE as revokeToken } from "./[id]/route";

let adminCookie: string;
let clusterId: string;

beforeAll(async () => {
  useTestAuthSecret();
  await db().apiToken.deleteMany();
  await db().cluster.deleteMany();
  const emails = await createUsers();
  adminCookie = await sessionCookie(emails.admin);
  clusterId = (await seedAlpha()).clusterId;
});

afterAll(async () => {
  await stopQueueClient();
  await db().$disconnect();
});

const asAdmin = (method = "GET", body?: unknown): RequestInit => ({
  method,
  headers: { cookie: adminCookie, host: "ramparts.test", origin: "http://ramparts.test", "content-type": "application/json" },
  body: body === undefined ? undefined : JSON.stringify(body),
});
const withToken = (secret: string, method = "GET", body?: unknown): RequestInit => ({
  method,
  headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
  body: body === undefined ? undefined : JSON.stringify(body),
});

async function newToken(name: string, scope: "read" | "scan") {
  return callAs(ZApiTokenCreated, createToken, "/api/tokens", {}, asAdmin("POST", { name, scope }), 201);
}

describe("API tokens", () => {
  it("are created by an admin, shown once, and stored as a SHA-256 of the secret only", async () => {
    const created = await newToken("prometheus", "read");
    expect(created.secret).toMatch(/^rmp_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toMatchObject({ name: "prometheus", scope: "read", prefix: created.secret.slice(0, 12), createdBy: "admin@example.test", lastUsedAt: null, revokedAt: null });

    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.token.id } });
    expect(row.secretHash).toBe(hashTokenSecret(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(12));

    // No later answer holds the secret: the list, the audit log.
    const list = await call(listTokens, "/api/tokens", {}, asAdmin());
    expect(ZApiTokenList.parse(list.body).items.map((token) => token.id)).toContain(created.token.id);
    expect(JSON.stringify(list.body)).not.toContain(created.secret.slice(12));
    const auditLog = await call(getAudit, "/api/audit?action=token.created", {}, asAdmin());
    expect(JSON.stringify(auditLog.body)).toContain(created.token.id);
    expect(JSON.stringify(auditLog.body)).not.toContain(created.secret.slice(12));
  });

  it("refuses a creation without a name or with an unknown scope", async () => {
    expect(await callError(createToken, "/api/tokens", {}, asAdmin("POST", { name: " ", scope: "read" }))).toMatchObject({ status: 400, code: "validation_failed" });
    expect(await callError(createToken, "/api/tokens", {}, asAdmin("POST", { name: "ci", scope: "admin" }))).toMatchObject({ status: 400, code: "validation_failed" });
  });

  it("let a read token read what a viewer reads and record when it was last used, but not start a scan", async () => {
    const { secret, token } = await newToken("dashboard-export", "read");
    const overview = await callAs(ZOverview, getOverview, "/api/overview", {}, withToken(secret));
    expect(overview.clusters.map((cluster) => cluster.name)).toContain("alpha");
    const used = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(used.lastUsedAt).not.toBeNull();

    expect(await callError(triggerScan, `/api/clusters/${clusterId}/scans`, { id: clusterId }, withToken(secret, "POST"))).toMatchObject({ status: 403, code: "forbidden" });
    expect(await callError(listTokens, "/api/tokens", {}, withToken(secret))).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("let a scan token start a scan, and never reach exceptions or the token list", async () => {
    const { secret } = await newToken("ci", "scan");
    const started = await callAs(ZTriggerScanResponse, triggerScan, `/api/clusters/${clusterId}/scans`, { id: clusterId }, withToken(secret, "POST"), 202);
    expect(await db().scan.findUniqueOrThrow({ where: { id: started.scanId } })).toMatchObject({ clusterId, status: "queued" });
    const exception = { checkId: "privileged-container", scope: "cluster", reason: "no", expiresAt: new Date(Date.now() + 86_400_000).toISOString() };
    expect(await callError(createException, `/api/clusters/${clusterId}/exceptions`, { id: clusterId }, withToken(secret, "POST", exception))).toMatchObject({ status: 403, code: "forbidden" });
    expect(await callError(createToken, "/api/tokens", {}, withToken(secret, "POST", { name: "more", scope: "scan" }))).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("stop working as soon as they are revoked (401), and stay listed as revoked", async () => {
    const { secret, token } = await newToken("short-lived", "read");
    expect((await call(getOverview, "/api/overview", {}, withToken(secret))).status).toBe(200);
    const revoked = await callAs(ZApiToken, revokeToken, `/api/tokens/${token.id}`, { id: token.id }, asAdmin("DELETE"));
    expect(revoked.revokedAt).not.toBeNull();
    const refused = await callError(getOverview, "/api/overview", {}, withToken(secret));
    expect(refused).toMatchObject({ status: 401, code: "unauthenticated" });
    expect(refused.message).not.toContain(secret.slice(4));
    // Revoking again changes nothing and records nothing more.
    await callAs(ZApiToken, revokeToken, `/api/tokens/${token.id}`, { id: token.id }, asAdmin("DELETE"));
    expect(await db().auditEvent.count({ where: { action: "token.revoked", targetId: token.id } })).toBe(1);
    const listed = ZApiTokenList.parse((await call(listTokens, "/api/tokens", {}, asAdmin())).body).items.find((item) => item.id === token.id);
    expect(listed?.revokedAt).not.toBeNull();
  });

  it("answer 401 for a token that never existed", async () => {
    const unknown = `rmp_${"A".repeat(43)}`;
    expect(await callError(getOverview, "/api/overview", {}, withToken(unknown))).toMatchObject({ status: 401, code: "unauthenticated" });
  });
});
