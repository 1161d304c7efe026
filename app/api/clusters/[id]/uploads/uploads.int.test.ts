// Uploads to a "manifests" cluster: through the route handler, and through `ramparts scan --upload`
// against an HTTP server that serves the real handler (real token, real pipeline, real database).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZScanDetail, ZScanList } from "@/lib/api/schemas/scans";
import { PRIVILEGED, run } from "@/lib/cli/cli.testkit";
import { createApiToken, revokeApiToken } from "@/lib/db/api-tokens";
import { db } from "@/lib/db/client";
import { bundle, callAs, callError, createTestCluster, deployment } from "@/lib/db/queries/seed.testkit";
import { createManifestsCluster, useTestEncryptionKey } from "@/test/clusters";
import { GET as listScans } from "@/app/api/scans/route";
import { POST as upload } from "./route";

let scanSecret: string;
let readSecret: string;
let server: Server;
let origin: string;
let clusterId: string;

beforeAll(async () => {
  useTestEncryptionKey();
  const creator = { createdById: "test", createdBy: "test" };
  scanSecret = (await createApiToken({ name: "ci", scope: "scan", ...creator })).secret;
  readSecret = (await createApiToken({ name: "reader", scope: "read", ...creator })).secret;
  // The real handler behind a socket, as `next start` would serve it.
  server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const match = /^\/api\/clusters\/([^/]+)\/uploads$/.exec(url.pathname);
    const response = match && incoming.method === "POST"
      ? await upload(new Request(url, { method: "POST", headers: incoming.headers as Record<string, string>, body: Buffer.concat(chunks) }), { params: Promise.resolve({ id: match[1]! }) })
      : new Response("{}", { status: 404 });
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

beforeEach(async () => {
  await db().cluster.deleteMany();
  clusterId = await createManifestsCluster("ci-manifests", { type: "bundle", yaml: deployment("placeholder", "default", { privileged: false, memoryLimit: true }) });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db().$disconnect();
});

const post = (secret: string, body: unknown): RequestInit => ({
  method: "POST",
  headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("POST /api/clusters/{id}/uploads", () => {
  it("scans the upload with the pipeline and shows it in the cluster's history, as its current scan", async () => {
    const yaml = bundle(deployment("api", "shop", { privileged: true, memoryLimit: false }), deployment("web", "shop", { privileged: false, memoryLimit: true }));
    const scan = await callAs(ZScanDetail, upload, `/api/clusters/${clusterId}/uploads`, { id: clusterId }, post(scanSecret, { manifests: yaml }), 201);
    expect(scan).toMatchObject({ clusterId, status: "succeeded", isCurrent: true, objectCounts: { Deployment: 2 } });
    expect(scan.counts.open).toBeGreaterThan(0);
    const history = await callAs(ZScanList, listScans, `/api/scans?clusterId=${clusterId}`, {}, { headers: { authorization: `Bearer ${readSecret}` } });
    expect(history.items.map((item) => item.id)).toEqual([scan.id]);
    expect(await db().auditEvent.count({ where: { action: "scan.uploaded", targetId: clusterId } })).toBe(1);
  });

  it("needs a scan token, a manifests cluster that is not archived, and YAML with at least one object", async () => {
    const yaml = deployment("api", "shop", { privileged: true, memoryLimit: false });
    expect(await callError(upload, `/api/clusters/${clusterId}/uploads`, { id: clusterId }, post(readSecret, { manifests: yaml }))).toMatchObject({ status: 403 });
    expect(await callError(upload, `/api/clusters/${clusterId}/uploads`, { id: clusterId }, post(scanSecret, { manifests: "just: [unclosed" }))).toMatchObject({ status: 400, code: "validation_failed" });
    const live = (await db().cluster.create({ data: { name: "live", connectionKind: "kubeconfig" } })).id;
    expect(await callError(upload, `/api/clusters/${live}/uploads`, { id: live }, post(scanSecret, { manifests: yaml }))).toMatchObject({ status: 409, code: "conflict" });
    const archived = await createTestCluster("retired");
    await db().cluster.update({ where: { id: archived }, data: { archived: true } });
    expect(await callError(upload, `/api/clusters/${archived}/uploads`, { id: archived }, post(scanSecret, { manifests: yaml }))).toMatchObject({ status: 409 });
    expect(await db().scan.count()).toBe(0);
  });
});

describe("ramparts scan --upload", () => {
  it("uploads what it read: the scan appears in the API, and the report still goes to standard output", async () => {
    const { code, out, err } = await run(["scan", PRIVILEGED, "--format", "json", "--upload", `${origin}/clusters/${clusterId}`, "--token", scanSecret]);
    expect(err).toContain("Uploaded to Ramparts: scan succeeded");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveProperty("schemaVersion", 1);
    const history = await callAs(ZScanList, listScans, `/api/scans?clusterId=${clusterId}`, {}, { headers: { authorization: `Bearer ${readSecret}` } });
    expect(history.items).toHaveLength(1);
    expect(err).toContain(`${origin}/scans/${history.items[0]!.id}`);
    expect(history.items[0]).toMatchObject({ status: "succeeded" });
    expect(history.items[0]!.counts.open).toBeGreaterThan(0);
  });

  it("exits 3 with a clear message for a revoked token, an unknown cluster and an unreachable server", async () => {
    const revoked = await createApiToken({ name: "old", scope: "scan", createdById: "test", createdBy: "test" });
    await revokeApiToken(revoked.token.id);
    const refused = await run(["scan", PRIVILEGED, "--upload", `${origin}/clusters/${clusterId}`, "--token", revoked.secret]);
    expect(refused.code).toBe(3);
    expect(refused.err).toContain("(401): This API token is unknown or has been revoked.");
    expect(refused.err).not.toContain(revoked.secret);

    const unknown = "0b6f3c1e-5a7d-4e2b-9c8f-1d2e3f4a5b6c";
    const missing = await run(["scan", PRIVILEGED, "--upload", `${origin}/clusters/${unknown}`, "--token", scanSecret]);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain(`(404): no cluster ${unknown} there`);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await run(["scan", PRIVILEGED, "--upload", `http://127.0.0.1:${port}/clusters/${clusterId}`, "--token", scanSecret]);
    expect(unreachable.code).toBe(3);
    expect(unreachable.err).toContain(`Cannot reach http://127.0.0.1:${port} to upload: ECONNREFUSED`);
    expect(await db().scan.count()).toBe(0);
  });
});
