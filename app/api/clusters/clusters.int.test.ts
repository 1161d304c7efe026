// The cluster registration API on the real database, with the fake API server over real sockets.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parse, stringify } from "yaml";
import { clusterCredentialContext, decryptCredential } from "@/lib/crypto/credentials";
import { db } from "@/lib/db/client";
import { setEnvForThisProcess } from "@/lib/env";
import { fakeServer } from "@/lib/kube/collector.testkit";
import { fakeKubeconfigDocument, fakeKubeconfigYaml, type TFakeApiServer } from "@/lib/kube/fake-api-server";
import { minifyKubeconfig, parseKubeconfig } from "@/lib/kube/kubeconfig";
import { CANARY_TOKEN } from "@/lib/kube/kubeconfig.testkit";
import { useTestEncryptionKey } from "@/test/clusters";
import { DELETE, GET as getOne, PATCH } from "./[id]/route";
import { POST as testStored } from "./[id]/test/route";
import { POST as inspect } from "./inspect/route";
import { GET as list, POST as create } from "./route";
import { GET as schedule } from "./schedule/route";
import { POST as testConnection } from "./test-connection/route";

// These tests are about what the handlers do; who may call them is app/api/access.int.test.ts.
vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const NONE = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (method: string, body: unknown) =>
  new Request("http://ramparts.test/api/clusters", { method, headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

let key: string;
beforeAll(() => {
  key = useTestEncryptionKey();
});
beforeEach(async () => {
  await db().cluster.deleteMany();
});
afterAll(async () => {
  await db().cluster.deleteMany();
  await db().$disconnect();
});

/** The fake server's kubeconfig, plus a second context whose user holds the canary token. */
function twoContexts(server: TFakeApiServer): string {
  const document = fakeKubeconfigDocument({ server: server.url, caPem: server.caPem, token: server.token, name: "reader" }) as {
    clusters: unknown[]; users: unknown[]; contexts: unknown[];
  };
  document.users.push({ name: "admin", user: { token: CANARY_TOKEN } });
  document.contexts.push({ name: "admin", context: { cluster: "reader", user: "admin" } });
  return stringify({ ...document, "current-context": "admin" });
}

async function register(body: Record<string, unknown>) {
  const response = await create(json("POST", { environment: "production", ...body }), NONE);
  return { status: response.status, body: await response.json() };
}

describe("POST /api/clusters", () => {
  it("registers a kubeconfig cluster: 201, the chosen context alone stored encrypted, no credential in the answer", async () => {
    const server = await fakeServer();
    const kubeconfig = twoContexts(server);
    const { status, body } = await register({ name: "prod-eu", description: "Payments", kubeconfig, context: "reader", connectionKind: "kubeconfig" });

    expect(status).toBe(201);
    expect(body.cluster).toMatchObject({
      name: "prod-eu", environment: "production", description: "Payments", schedule: "0 */6 * * *", connectionKind: "kubeconfig", archived: false,
      connection: { kind: "kubeconfig", context: "reader", serverHost: new URL(server.url).host, authMethod: "token", warnings: [] },
    });
    const row = await db().cluster.findUniqueOrThrow({ where: { id: body.cluster.id } });
    expect(row.contextName).toBe("reader");
    const plaintext = decryptCredential(row.credentials!, clusterCredentialContext(row.id));
    expect(plaintext).toBe(minifyKubeconfig(parseKubeconfig(kubeconfig), "reader"));
    expect(plaintext).toContain(server.token);
    expect(plaintext).not.toContain(CANARY_TOKEN);
    expect(Buffer.from(row.credentials!).toString("latin1")).not.toContain(server.token);
    const text = JSON.stringify(body);
    expect(text).not.toContain(server.token);
    expect(text).not.toContain(CANARY_TOKEN);
  });

  it("keeps the current-context when none is chosen, and asks for one when the kubeconfig has no current-context", async () => {
    const server = await fakeServer();
    const one = await register({ name: "single", connectionKind: "kubeconfig", kubeconfig: fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: server.token }) });
    expect(one.body.cluster.connection.context).toBe("fake");

    const document = parse(twoContexts(server)) as Record<string, unknown>;
    delete document["current-context"];
    const { status, body } = await register({ name: "ambiguous", connectionKind: "kubeconfig", kubeconfig: stringify(document) });
    expect(status).toBe(400);
    expect(body.error.details.fieldErrors.context[0]).toMatch(/Choose the context .*'reader', 'admin'/);
  });

  it("broken YAML: 400 naming the line and column, under the kubeconfig field", async () => {
    const { status, body } = await register({ name: "broken", connectionKind: "kubeconfig", kubeconfig: `apiVersion: v1\nclusters:\n\t- name: x\n  token: ${CANARY_TOKEN}\n` });
    expect(status).toBe(400);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.message).toMatch(/not valid YAML or JSON: line 3, column 1/);
    expect(body.error.details.fieldErrors.kubeconfig[0]).toMatch(/line 3/);
    expect(JSON.stringify(body)).not.toContain(CANARY_TOKEN);
    expect(await db().cluster.count()).toBe(0);
  });

  it("exec-based user: 400 explaining why, and the token alternative", async () => {
    const document = fakeKubeconfigDocument({ server: "https://api.example.com:6443" }) as { users: { user: Record<string, unknown> }[] };
    document.users[0]!.user = { exec: { apiVersion: "client.authentication.k8s.io/v1", command: "aws", args: ["eks", "get-token"] } };
    const { status, body } = await register({ name: "eks", connectionKind: "kubeconfig", kubeconfig: stringify(document) });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/exec credential plugin, which would run a program on the Ramparts server/);
    expect(body.error.message).toMatch(/ramparts-reader\.yaml/);
    expect(body.error.details.fieldErrors.kubeconfig).toHaveLength(1);
  });

  it("oversized kubeconfig: 413 from the parser; oversized body: 413 before parsing", async () => {
    const big = `# ${"x".repeat(300 * 1024)}\n${fakeKubeconfigYaml({ server: "https://api.example.com", token: "t" })}`;
    const kubeconfig = await register({ name: "big", connectionKind: "kubeconfig", kubeconfig: big });
    expect(kubeconfig.status).toBe(413);
    expect(kubeconfig.body.error).toMatchObject({ code: "payload_too_large", details: { fieldErrors: { kubeconfig: [expect.stringMatching(/at most 256 KiB/)] } } });

    const huge = await register({ name: "huge", connectionKind: "manifests", manifests: { type: "bundle", yaml: "x".repeat(7 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toMatch(/request body is larger than/);
  });

  it("a bundle over 5 MiB: 413 saying the limit", async () => {
    const yaml = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: "${"y".repeat(5 * 1024 * 1024)}"\n`;
    const { status, body } = await register({ name: "gitops", connectionKind: "manifests", manifests: { type: "bundle", yaml } });
    expect(status).toBe(413);
    expect(body.error.details.fieldErrors.manifests[0]).toMatch(/at most 5 MiB/);
  });

  it("duplicate name: 409 under the name field, also when the other one is archived", async () => {
    expect((await register({ name: "dup", connectionKind: "in_cluster" })).status).toBe(201);
    const again = await register({ name: "dup", connectionKind: "in_cluster" });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "conflict", details: { fieldErrors: { name: [expect.stringMatching(/already exists/)] } } });

    await db().cluster.updateMany({ where: { name: "dup" }, data: { archived: true } });
    const archived = await register({ name: "dup", connectionKind: "in_cluster" });
    expect(archived.body.error.message).toMatch(/archived: restore it/);
  });

  it("validates name, schedule and required parts with per-field details", async () => {
    const { status, body } = await register({ name: "Not A Label", schedule: "* * * * *", connectionKind: "kubeconfig", extra: 1 });
    expect(status).toBe(400);
    const { fieldErrors, formErrors } = body.error.details;
    expect(fieldErrors.name[0]).toMatch(/lowercase letters/);
    expect(fieldErrors.schedule[0]).toMatch(/more often than every 5 minutes/);
    expect(formErrors[0]).toMatch(/extra/);

    const missing = await register({ name: "nothing", connectionKind: "kubeconfig" });
    expect(missing.body.error.details.fieldErrors.kubeconfig).toEqual(["Paste or upload a kubeconfig."]);
    const notJson = await create(json("POST", "{not json"), NONE);
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toBe("The request body is not valid JSON.");
  });

  it("stores a manifests source exactly as the scan pipeline reads it", async () => {
    const yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n";
    const bundle = await register({ name: "bundle", connectionKind: "manifests", manifests: { type: "bundle", yaml } });
    expect(bundle.status).toBe(201);
    expect(bundle.body.cluster.connection).toEqual({ kind: "manifests", source: { type: "bundle", bytes: yaml.length } });
    const row = await db().cluster.findUniqueOrThrow({ where: { id: bundle.body.cluster.id } });
    expect(JSON.parse(decryptCredential(row.credentials!, clusterCredentialContext(row.id)))).toEqual({ type: "bundle", yaml });

    const folder = await register({ name: "folder", connectionKind: "manifests", manifests: { type: "path", path: process.cwd() } });
    expect(folder.body.cluster.connection).toEqual({ kind: "manifests", source: { type: "path", path: process.cwd() } });
    const relative = await register({ name: "relative", connectionKind: "manifests", manifests: { type: "path", path: "deploy" } });
    expect(relative.body.error.details.fieldErrors.manifests[0]).toMatch(/absolute path/);
  });

  it("refuses to store credentials without an encryption key, and writes nothing", async () => {
    setEnvForThisProcess("RAMPARTS_ENCRYPTION_KEY", "");
    try {
      const { status, body } = await register({ name: "nokey", connectionKind: "kubeconfig", kubeconfig: fakeKubeconfigYaml({ server: "https://api.example.com", token: "t" }) });
      expect(status).toBe(500);
      expect(body.error.message).toMatch(/RAMPARTS_ENCRYPTION_KEY is not set/);
      expect(await db().cluster.count()).toBe(0);
    } finally {
      setEnvForThisProcess("RAMPARTS_ENCRYPTION_KEY", key);
    }
  });
});

describe("GET, PATCH, DELETE /api/clusters/[id]", () => {
  it("GET never contains the token or the key, for a token or a client-certificate user", async () => {
    const server = await fakeServer();
    const clientCert = await server.mintClientCert({ commonName: "ramparts-reader" });
    const withToken = await register({ name: "with-token", connectionKind: "kubeconfig", kubeconfig: twoContexts(server), context: "reader" });
    const withCert = await register({
      name: "with-cert", connectionKind: "kubeconfig",
      kubeconfig: fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, clientCert }),
    });
    expect(withCert.body.cluster.connection).toMatchObject({ authMethod: "client-certificate" });

    const keyBody = clientCert.keyPem.split("\n").slice(1, -2).join("");
    const texts = [
      JSON.stringify(await (await list(new Request("http://ramparts.test/api/clusters?includeArchived=true"), NONE)).json()),
      JSON.stringify(await (await getOne(new Request("http://ramparts.test/"), withId(withToken.body.cluster.id))).json()),
      JSON.stringify(await (await getOne(new Request("http://ramparts.test/"), withId(withCert.body.cluster.id))).json()),
    ];
    for (const text of texts) {
      for (const secret of [server.token, CANARY_TOKEN, keyBody, Buffer.from(clientCert.keyPem).toString("base64").slice(0, 40), "credentials"]) {
        expect(text).not.toContain(secret);
      }
    }
    expect(texts[0]).toContain("with-token");
    expect(texts[1]).toContain('"serverHost"');
  });

  it("PATCH without credentials keeps them; with a new kubeconfig replaces them; schedule moves the next run", async () => {
    const server = await fakeServer();
    const created = await register({ name: "edit-me", connectionKind: "kubeconfig", kubeconfig: fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: server.token }) });
    const id = created.body.cluster.id as string;
    const before = await db().cluster.findUniqueOrThrow({ where: { id } });

    const patched = await PATCH(json("PATCH", { description: "Renamed", name: "edited", schedule: "30 2 * * *" }), withId(id));
    expect(patched.status).toBe(200);
    const edited = (await patched.json()).cluster;
    expect(edited).toMatchObject({ name: "edited", description: "Renamed", schedule: "30 2 * * *", connection: { context: "fake", authMethod: "token" } });
    expect(new Date(edited.nextScanAt).getUTCHours()).toBe(2);
    const after = await db().cluster.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(after.credentials!).equals(Buffer.from(before.credentials!))).toBe(true);

    const replaced = await PATCH(json("PATCH", { connectionKind: "kubeconfig", kubeconfig: twoContexts(server), context: "reader" }), withId(id));
    expect((await replaced.json()).cluster.connection.context).toBe("reader");
    const rotated = await db().cluster.findUniqueOrThrow({ where: { id } });
    expect(decryptCredential(rotated.credentials!, clusterCredentialContext(id))).toContain('"current-context":"reader"');

    const orphan = await PATCH(json("PATCH", { kubeconfig: "x" }), withId(id));
    expect((await orphan.json()).error.details.fieldErrors.connectionKind).toBeDefined();
    const missing = await PATCH(json("PATCH", { description: "x" }), withId("00000000-0000-4000-8000-000000000000"));
    expect(missing.status).toBe(404);
    expect((await getOne(new Request("http://ramparts.test/"), withId("not-a-uuid"))).status).toBe(404);
  });

  it("DELETE archives and keeps the history; PATCH archived:false restores", async () => {
    const { body } = await register({ name: "old-cluster", connectionKind: "in_cluster" });
    const id = body.cluster.id as string;
    await db().scan.create({ data: { clusterId: id, status: "succeeded", finishedAt: new Date(), postureScore: 80, grade: "B" } });

    const archived = await DELETE(new Request("http://ramparts.test/", { method: "DELETE" }), withId(id));
    expect(archived.status).toBe(200);
    expect((await archived.json()).cluster.archived).toBe(true);
    expect(await db().scan.count({ where: { clusterId: id } })).toBe(1);
    const active = await (await list(new Request("http://ramparts.test/api/clusters"), NONE)).json();
    expect(active.clusters).toEqual([]);
    const all = await (await list(new Request("http://ramparts.test/api/clusters?includeArchived=true"), NONE)).json();
    expect(all.clusters[0]).toMatchObject({ name: "old-cluster", archived: true, lastScan: { status: "succeeded", grade: "B" } });

    const restored = await PATCH(json("PATCH", { archived: false }), withId(id));
    const cluster = (await restored.json()).cluster;
    expect(cluster.archived).toBe(false);
    expect(cluster.nextScanAt).not.toBeNull();
  });
});

describe("connection tests", () => {
  it("before saving: the permission table for read-only credentials, a warning for cluster-admin, a 401 explained", async () => {
    const server = await fakeServer({ permissions: "read-only" });
    const kubeconfig = fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: server.token });
    const readOnly = await testConnection(json("POST", { connectionKind: "kubeconfig", kubeconfig }), NONE);
    expect(readOnly.status).toBe(200);
    const outcome = await readOnly.json();
    expect(outcome).toMatchObject({ kind: "cluster", result: { ok: true, overPrivileged: false, serverVersion: { gitVersion: "v1.31.4" } } });
    expect(outcome.result.permissions).toHaveLength(24);
    expect(JSON.stringify(outcome)).not.toContain(server.token);

    server.setPermissions("cluster-admin");
    const admin = await (await testConnection(json("POST", { connectionKind: "kubeconfig", kubeconfig }), NONE)).json();
    expect(admin.result.overPrivileged).toBe(true);

    const wrong = fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: "wrong-token" });
    const rejected = await (await testConnection(json("POST", { connectionKind: "kubeconfig", kubeconfig: wrong }), NONE)).json();
    expect(rejected.result).toMatchObject({ ok: false, failure: { kind: "unauthorized", message: expect.stringMatching(/^401: the token was rejected/) } });
    expect(await db().cluster.count()).toBe(0);
  });

  it("in-cluster outside a pod: a result that says how to run it; manifests: what the bundle holds", async () => {
    const inCluster = await (await testConnection(json("POST", { connectionKind: "in_cluster" }), NONE)).json();
    expect(inCluster.result).toMatchObject({ ok: false, failure: { message: expect.stringMatching(/In-cluster mode needs Ramparts to run as a pod/) } });

    const yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n";
    const manifests = await (await testConnection(json("POST", { connectionKind: "manifests", manifests: { type: "bundle", yaml } }), NONE)).json();
    expect(manifests).toEqual({ kind: "manifests", result: { objects: 2, kinds: [{ kind: "Namespace", count: 2 }], problems: [] } });
  });

  it("on demand: the stored credentials are tested", async () => {
    const server = await fakeServer({ permissions: "cluster-admin" });
    const { body } = await register({ name: "stored", connectionKind: "kubeconfig", kubeconfig: fakeKubeconfigYaml({ server: server.url, caPem: server.caPem, token: server.token }) });
    const response = await testStored(new Request("http://ramparts.test/", { method: "POST" }), withId(body.cluster.id));
    const outcome = await response.json();
    expect(outcome.result).toMatchObject({ ok: true, overPrivileged: true });
    expect(JSON.stringify(outcome)).not.toContain(server.token);
  });

  it("inspect lists context names with safe facts; schedule preview describes and dates the next run", async () => {
    const server = await fakeServer();
    const inspected = await (await inspect(json("POST", { kubeconfig: twoContexts(server) }), NONE)).json();
    expect(inspected.contexts.map((context: { name: string }) => context.name)).toEqual(["reader", "admin"]);
    expect(inspected).toMatchObject({ currentContext: "admin", defaultContext: "admin" });
    expect(JSON.stringify(inspected)).not.toContain(CANARY_TOKEN);
    expect(JSON.stringify(inspected)).not.toContain(server.token);

    const preview = await (await schedule(new Request("http://ramparts.test/api/clusters/schedule?expression=0%20*%2F6%20*%20*%20*&locale=en"), NONE)).json();
    expect(preview).toMatchObject({ ok: true, description: expect.stringMatching(/every 6 hours/i) });
    const bad = await (await schedule(new Request("http://ramparts.test/api/clusters/schedule?expression=nope"), NONE)).json();
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/five fields/) });
  });
});
