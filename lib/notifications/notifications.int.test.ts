// Webhooks end to end against a local receiver: a scan that regresses → a signed delivery, retried
// after a 500 until it lands; Slack's shape; 4xx and redirects not retried; repeated failures; the
// "Send test" route.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/notifications/route";
import { POST as testRoute } from "@/app/api/notifications/[id]/test/route";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/notifications/[id]/route";
import { createManifestsCluster, useTestEncryptionKey } from "@/test/clusters";
import { testDatabaseUrl } from "@/test/database";
import { waitFor } from "@/test/wait-for";
import { startReceiver, type TReceiver } from "@/test/webhook-receiver";
import { clusterCredentialContext, decryptCredential, encryptCredential, notificationSecretContext, notificationUrlContext } from "../crypto/credentials";
import { db } from "../db/client";
import { createDelivery, createEndpoint, pruneDeliveries } from "../db/notifications";
import { setEnvForThisProcess } from "../env";
import { enqueueScan, NOTIFY_QUEUE, startQueue } from "../scans/queue";
import { startWorker, type TWorker } from "../scans/worker";
import { notifyScanEnded } from "./dispatch";
import { sendDelivery } from "./send";
import { requeueStuckDeliveries } from "./sweep";
import { verifySignature } from "./signature";

vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const SECRET = "receiver-shared-secret-0123456789";
const deployment = (privileged: boolean) => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: team }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers: [{ name: main, image: registry.example/api:1.0, securityContext: { privileged: ${privileged} } }]
`;

let receiver: TReceiver;
const workers: TWorker[] = [];
beforeAll(async () => {
  useTestEncryptionKey();
  setEnvForThisProcess("RAMPARTS_PUBLIC_URL", "https://ramparts.example");
  receiver = await startReceiver();
});
beforeEach(async () => {
  await db().cluster.deleteMany();
  await db().notificationEndpoint.deleteMany();
  receiver.received.length = 0;
  receiver.answer(200);
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await receiver.close();
  await db().$disconnect();
});

const endpoint = (overrides: Partial<Parameters<typeof createEndpoint>[0]> = {}) =>
  createEndpoint({ name: "security channel", kind: "generic", url: receiver.url, secret: SECRET, events: ["new_critical_high"], failureThreshold: 3, clusterIds: [], language: "en", enabled: true, ...overrides });

async function scanned(clusterId: string, client: Awaited<ReturnType<typeof startQueue>>) {
  const { scanId } = await enqueueScan(client, clusterId);
  return waitFor(() => db().scan.findUniqueOrThrow({ where: { id: scanId } }), (scan) => scan.status === "succeeded" || scan.status === "failed", 60_000);
}

describe("webhook notifications", () => {
  it("a scan with a new critical finding is delivered signed, retried after a 500, and recorded", async () => {
    const clusterId = await createManifestsCluster("payments", { type: "bundle", yaml: deployment(false) });
    await db().cluster.update({ where: { id: clusterId }, data: { nextScanAt: new Date(Date.now() + 86_400_000) } });
    const hook = await endpoint();
    const client = await startQueue(testDatabaseUrl(), "client");
    workers.push(await startWorker(testDatabaseUrl(), { concurrency: 1, log: () => {}, notificationBackoff: () => 1 }));
    try {
      expect((await scanned(clusterId, client)).status).toBe("succeeded");
      // The first scan has nothing to regress from.
      expect(await db().notificationDelivery.count()).toBe(0);

      await db().cluster.update({ where: { id: clusterId }, data: { credentials: encryptCredential(JSON.stringify({ type: "bundle", yaml: deployment(true) }), clusterCredentialContext(clusterId)) } });
      receiver.answer(500, 200);
      const scan = await scanned(clusterId, client);
      expect(scan.status).toBe("succeeded");
      const delivery = await waitFor(() => db().notificationDelivery.findFirst({ where: { endpointId: hook.id } }), (row) => row?.status === "delivered" || row?.status === "failed", 30_000);
      expect(delivery).toMatchObject({ status: "delivered", attempts: 2, responseCode: 200, event: "new_critical_high", scanId: scan.id });
    } finally {
      await client.stop({ graceful: false });
    }

    expect(receiver.received).toHaveLength(2);
    const [first, second] = receiver.received;
    expect(second!.body).toBe(first!.body);
    for (const request of receiver.received) {
      expect(verifySignature(request.body, SECRET, request.headers["x-ramparts-signature"] as string)).toBe(true);
      expect(request.headers["x-ramparts-event"]).toBe("new_critical_high");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(Number(request.headers["x-ramparts-timestamp"])).toBeGreaterThan(1_700_000_000);
    }
    expect(verifySignature(second!.body, "not the secret at all", second!.headers["x-ramparts-signature"] as string)).toBe(false);
    const payload = JSON.parse(second!.body) as Record<string, unknown>;
    expect(second!.headers["x-ramparts-delivery"]).toBe(payload.deliveryId);
    expect(payload).toMatchObject({
      event: "new_critical_high",
      cluster: { id: clusterId, name: "payments" },
      url: expect.stringMatching(/^https:\/\/ramparts\.example\/scans\/[0-9a-f-]{36}$/),
      newFindings: expect.arrayContaining([expect.objectContaining({ check: "privileged-container", severity: "critical", object: "Deployment/team/api" })]),
    });
    expect(Object.keys(payload.grade as object)).toEqual(["before", "after"]);
    expect(Object.keys(payload.posture as object)).toEqual(["before", "after"]);
    // The secret is stored encrypted, never as text.
    const stored = await db().notificationEndpoint.findUniqueOrThrow({ where: { id: hook.id } });
    expect(Buffer.from(stored.secret).toString("utf8")).not.toContain(SECRET);
  }, 120_000);

  it("a 4xx is not retried, nor is a redirect followed; a 429 is retried", async () => {
    const hook = await endpoint({ events: ["scan_failing_repeatedly"], failureThreshold: 2 });
    const clusterId = await createManifestsCluster("flaky", { type: "bundle", yaml: deployment(false) });
    const failed = (minutes: number) => db().scan.create({ data: { clusterId, status: "failed", error: "unreachable", finishedAt: new Date(Date.now() - minutes * 60_000) } });
    const queued: string[] = [];
    const enqueue = async (id: string) => void queued.push(id);

    await failed(2);
    expect(await notifyScanEnded((await failed(1)).id, enqueue)).toHaveLength(1);
    // Once per streak: the third failure in a row says nothing more.
    expect(await notifyScanEnded((await failed(0)).id, enqueue)).toHaveLength(0);

    receiver.answer(404);
    expect(await sendDelivery(queued[0]!, { backoff: () => 0 })).toMatchObject({ retryInSeconds: null, delivery: { status: "failed", attempts: 1, responseCode: 404 } });
    expect(await sendDelivery(queued[0]!)).toBeNull();
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ event: "scan_failing_repeatedly", consecutiveFailures: 2, cluster: { name: "flaky" } });

    const redirected = await notifyAgain(hook.id, clusterId);
    receiver.answer(302);
    const result = await sendDelivery(redirected, { backoff: () => 0 });
    expect(result?.delivery).toMatchObject({ status: "failed", responseCode: 302 });
    expect(result?.delivery.lastError).toContain("redirect");

    const limited = await notifyAgain(hook.id, clusterId);
    receiver.answer(429);
    expect(await sendDelivery(limited, { backoff: () => 60 })).toMatchObject({ retryInSeconds: 60, delivery: { status: "pending", attempts: 1, responseCode: 429 } });
    expect(receiver.received).toHaveLength(3);

    // Retention keeps what is still pending, whatever its age.
    expect(await pruneDeliveries(new Date(Date.now() + 60_000))).toBe(2);
    expect(await db().notificationDelivery.findMany({ select: { id: true } })).toEqual([{ id: limited }]);
  });

  it("Send test: a Slack endpoint gets {text, blocks}, signed, and the route says what the receiver answered", async () => {
    const created = await createRoute(
      new Request("http://ramparts.test/api/notifications", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "slack", kind: "slack", url: receiver.url, events: ["grade_drop"], language: "fr" }) }),
      { params: Promise.resolve({}) },
    );
    expect(created.status).toBe(201);
    const { endpoint: saved, secret } = (await created.json()) as { endpoint: { id: string }; secret: string };
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const answered = await testRoute(new Request(`http://ramparts.test/api/notifications/${saved.id}/test`, { method: "POST" }), { params: Promise.resolve({ id: saved.id }) });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ delivery: { event: "test", status: "delivered", responseCode: 200, attempts: 1 } });
    const [request] = receiver.received;
    expect(verifySignature(request!.body, secret, request!.headers["x-ramparts-signature"] as string)).toBe(true);
    const body = JSON.parse(request!.body) as { text: string; blocks: { type: string }[] };
    expect(body.text).toContain("Notification de test de Ramparts");
    expect(body.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });

    receiver.answer(500);
    const failing = await testRoute(new Request(`http://ramparts.test/api/notifications/${saved.id}/test`, { method: "POST" }), { params: Promise.resolve({ id: saved.id }) });
    // One attempt only: the person who pressed the button sees the 500 at once.
    expect(await failing.json()).toMatchObject({ delivery: { status: "failed", responseCode: 500, attempts: 1, lastError: "The receiver answered HTTP 500." } });
  });

  it("edits, regenerates the secret (returned once), deletes; the audit log names the changes, never a secret or the URL's path", async () => {
    await db().auditEvent.deleteMany();
    const call = (method: string, path: string, body?: unknown) =>
      new Request(`http://ramparts.test${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    const created = await createRoute(call("POST", "/api/notifications", { name: "ops", kind: "generic", url: `${receiver.url}/T0KEN-IN-PATH`, secret: SECRET, events: ["grade_drop"] }), { params: Promise.resolve({}) });
    const { endpoint: saved, secret: shown } = (await created.json()) as { endpoint: { id: string }; secret?: string };
    expect(shown).toBeUndefined();
    const withId = { params: Promise.resolve({ id: saved.id }) };

    const refused = await patchRoute(call("PATCH", "/", { url: "file:///etc/passwd" }), withId);
    expect(refused.status).toBe(400);
    const patched = await patchRoute(call("PATCH", "/", { enabled: false, generateSecret: true }), withId);
    const { endpoint, secret } = (await patched.json()) as { endpoint: { enabled: boolean }; secret: string };
    expect(endpoint.enabled).toBe(false);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await deleteRoute(call("DELETE", "/"), withId)).status).toBe(204);
    expect(await db().notificationEndpoint.count()).toBe(0);

    const events = await db().auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["notification.created", "notification.updated", "notification.deleted"]);
    expect(events[1]!.details).toMatchObject({ fields: ["enabled", "secret"], name: "ops" });
    const logged = JSON.stringify(events.map((event) => ({ ...event, id: String(event.id) })));
    for (const leaked of [SECRET, secret, "T0KEN-IN-PATH"]) expect(logged).not.toContain(leaked);
  });
});

describe("webhook URLs at rest and on screen", () => {
  const call = (method: string, path: string, body?: unknown) =>
    new Request(`http://ramparts.test${path}`, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const origin = () => new URL(receiver.url).origin;
  const sendTest = async (id: string) => (await testRoute(call("POST", `/api/notifications/${id}/test`), { params: Promise.resolve({ id }) })).json() as Promise<{ delivery: { status: string } }>;

  it("are stored encrypted, shown and returned masked, kept by an edit without a URL, replaced by one with", async () => {
    const full = `${receiver.url}/services/T0KEN/B1/PATHSECRET`;
    const created = await createRoute(call("POST", "/api/notifications", { name: "slack", kind: "slack", url: full, events: ["grade_drop"] }), { params: Promise.resolve({}) });
    const { endpoint: saved } = (await created.json()) as { endpoint: { id: string; url: string } };
    expect(saved.url).toBe(`${origin()}/hook/services/T…/…`);

    const stored = await db().notificationEndpoint.findUniqueOrThrow({ where: { id: saved.id } });
    expect(stored.plainUrl).toBeNull();
    expect(Buffer.from(stored.urlEncrypted!).toString("latin1")).not.toContain("PATHSECRET");
    expect(decryptCredential(stored.urlEncrypted!, notificationUrlContext(saved.id))).toBe(full);
    // Bound to its purpose: the URL's ciphertext does not pass for the secret.
    expect(() => decryptCredential(stored.urlEncrypted!, notificationSecretContext(saved.id))).toThrow();

    const listed = await (await listRoute(call("GET", "/api/notifications"), { params: Promise.resolve({}) })).text();
    expect(listed).toContain(`"url":"${origin()}/hook/services/T…/…"`);
    for (const leaked of ["T0KEN", "PATHSECRET", "B1"]) expect(listed).not.toContain(leaked);

    const withId = { params: Promise.resolve({ id: saved.id }) };
    expect((await patchRoute(call("PATCH", "/", { name: "slack renamed" }), withId)).status).toBe(200);
    expect((await sendTest(saved.id)).delivery.status).toBe("delivered");
    expect(receiver.received.at(-1)!.path).toBe("/hook/services/T0KEN/B1/PATHSECRET");

    const patched = await patchRoute(call("PATCH", "/", { url: `${receiver.url}/elsewhere` }), withId);
    expect(((await patched.json()) as { endpoint: { url: string } }).endpoint.url).toBe(`${origin()}/hook/elsewhere`);
    expect((await sendTest(saved.id)).delivery.status).toBe("delivered");
    expect(receiver.received.at(-1)!.path).toBe("/hook/elsewhere");
  });

  it("a row stored in clear before the migration is still delivered to, and encrypted at the first listing", async () => {
    const id = randomUUID();
    const full = `${receiver.url}/legacy/L0NGTOKEN`;
    await db().notificationEndpoint.create({ data: { id, name: "legacy", kind: "generic", plainUrl: full, secret: encryptCredential(SECRET, notificationSecretContext(id)), events: ["grade_drop"] } });
    expect((await sendTest(id)).delivery.status).toBe("delivered");
    expect(receiver.received.at(-1)!.path).toBe("/hook/legacy/L0NGTOKEN");

    const listed = await (await listRoute(call("GET", "/api/notifications"), { params: Promise.resolve({}) })).text();
    expect(listed).toContain(`"url":"${origin()}/hook/legacy/L…"`);
    expect(listed).not.toContain("L0NGTOKEN");
    const stored = await db().notificationEndpoint.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ plainUrl: null, urlMasked: `${origin()}/hook/legacy/L…` });
    expect(decryptCredential(stored.urlEncrypted!, notificationUrlContext(id))).toBe(full);
    expect((await sendTest(id)).delivery.status).toBe("delivered");
    expect(receiver.received.at(-1)!.path).toBe("/hook/legacy/L0NGTOKEN");
  });
});

describe("deliveries whose job was lost", () => {
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  async function pending(endpointId: string, row: { createdAt?: Date; attempts?: number; nextAttemptAt?: Date | null; status?: "pending" | "delivered" } = {}) {
    const id = randomUUID();
    const body = JSON.stringify({ event: "test", deliveryId: id });
    await createDelivery({ id, endpointId, event: "test", clusterId: null, scanId: null, body, payloadDigest: "0".repeat(64) });
    await db().notificationDelivery.update({ where: { id }, data: row });
    return id;
  }

  it("the sweep claims only overdue pending deliveries, each once, whatever the number of sweeps", async () => {
    const hook = await endpoint();
    const neverQueued = await pending(hook.id, { createdAt: minutesAgo(30) });
    const retryLost = await pending(hook.id, { createdAt: minutesAgo(60), attempts: 2, nextAttemptAt: minutesAgo(15) });
    await pending(hook.id); // just stored: its job is surely on its way
    await pending(hook.id, { createdAt: minutesAgo(60), attempts: 1, nextAttemptAt: minutesAgo(2) }); // a retry only a little late
    await pending(hook.id, { createdAt: minutesAgo(60), attempts: 1, status: "delivered" });

    const queued: [string, number][] = [];
    const enqueue = async (id: string, attempts: number) => void queued.push([id, attempts]);
    const [first, second] = await Promise.all([requeueStuckDeliveries(enqueue, new Date(), 10 * 60_000), requeueStuckDeliveries(enqueue, new Date(), 10 * 60_000)]);
    expect(first + second).toBe(2);
    expect(queued.sort()).toEqual([[neverQueued, 0], [retryLost, 2]].sort());
    // Claimed: a later sweep within the margin queues nothing more.
    expect(await requeueStuckDeliveries(enqueue, new Date(), 10 * 60_000)).toBe(0);
    // A margin later, the claimed ones (were their new jobs lost too) and the other two pending are due.
    queued.length = 0;
    expect(await requeueStuckDeliveries(enqueue, new Date(Date.now() + 11 * 60_000), 10 * 60_000)).toBe(4);
    expect(queued.map(([id]) => id)).toEqual(expect.arrayContaining([neverQueued, retryLost]));
  });

  it("a worker sends a delivery left pending when it starts, once, even when its job was queued twice", async () => {
    const hook = await endpoint();
    const stuck = await pending(hook.id, { createdAt: minutesAgo(30) });
    const doubled = await pending(hook.id);
    const client = await startQueue(testDatabaseUrl(), "client");
    try {
      // The original job and a sweep's copy of the same attempt.
      const jobs = [await client.send(NOTIFY_QUEUE, { deliveryId: doubled, attempts: 0 }, { singletonKey: doubled }), await client.send(NOTIFY_QUEUE, { deliveryId: doubled, attempts: 0 }, { singletonKey: doubled })];
      workers.push(await startWorker(testDatabaseUrl(), { concurrency: 1, log: () => {}, notificationSweepMarginMs: 60_000 }));
      for (const id of [stuck, doubled]) {
        expect(await waitFor(() => db().notificationDelivery.findUniqueOrThrow({ where: { id } }), (row) => row.status !== "pending", 30_000)).toMatchObject({ status: "delivered", attempts: 1 });
      }
      for (const jobId of jobs) await waitFor(() => client.getJobById(NOTIFY_QUEUE, jobId!), (job) => job?.state === "completed", 30_000);
    } finally {
      await client.stop({ graceful: false });
    }
    const sent = receiver.received.map((request) => request.headers["x-ramparts-delivery"]);
    expect(sent.sort()).toEqual([stuck, doubled].sort());
  }, 90_000);
});

/** A fresh pending delivery for `endpointId` (a copy of its last one), for the answer-handling cases. */
async function notifyAgain(endpointId: string, clusterId: string): Promise<string> {
  const last = await db().notificationDelivery.findFirstOrThrow({ where: { endpointId }, orderBy: { createdAt: "desc" } });
  const copy = await db().notificationDelivery.create({ data: { endpointId, event: last.event, clusterId, body: last.body, payloadDigest: last.payloadDigest } });
  return copy.id;
}
