// What the route handlers write to the audit log when clusters, credentials, ratings and
// exceptions change: who, what, which target, and no secret in the details.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as archive, PATCH as edit } from "@/app/api/clusters/[id]/route";
import { POST as createException } from "@/app/api/clusters/[id]/exceptions/route";
import { POST as register } from "@/app/api/clusters/route";
import { DELETE as revoke } from "@/app/api/exceptions/[id]/route";
import { PUT as saveRatings } from "@/app/api/ratings/route";
import { db } from "@/lib/db/client";
import { DEFAULT_RATINGS } from "@/lib/scoring/quick-wins";
import { useTestEncryptionKey } from "@/test/clusters";

vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"));

const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const call = (method: string, body?: unknown) =>
  new Request("http://ramparts.test/api/x", { method, headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.10" }, body: body === undefined ? undefined : JSON.stringify(body) });
const SECRET_YAML = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: top-secret-canary\n";

beforeAll(() => {
  useTestEncryptionKey();
});
beforeEach(async () => {
  await db().cluster.deleteMany();
  await db().auditEvent.deleteMany();
});

const events = () => db().auditEvent.findMany({ orderBy: { id: "asc" } });

describe("audited actions", () => {
  it("records cluster creation, edits, credential changes and archiving, without the manifests or kubeconfig", async () => {
    const created = await register(call("POST", { name: "audited", environment: "staging", connectionKind: "manifests", manifests: { type: "bundle", yaml: SECRET_YAML } }), withId(""));
    expect(created.status).toBe(201);
    const { cluster } = (await created.json()) as { cluster: { id: string } };
    expect((await edit(call("PATCH", { description: "now described" }), withId(cluster.id))).status).toBe(200);
    expect((await edit(call("PATCH", { connectionKind: "manifests", manifests: { type: "bundle", yaml: SECRET_YAML } }), withId(cluster.id))).status).toBe(200);
    expect((await archive(call("DELETE"), withId(cluster.id))).status).toBe(200);

    const seen = await events();
    expect(seen.map((event) => event.action)).toEqual(["cluster.created", "cluster.updated", "cluster.credentials_changed", "cluster.archived"]);
    for (const event of seen) expect(event).toMatchObject({ actorId: "test-admin", actor: "test-admin", targetKind: "cluster", targetId: cluster.id });
    expect(seen[0]!.details).toEqual({ name: "audited", environment: "staging", connectionKind: "manifests" });
    expect(seen[1]!.details).toEqual({ fields: ["description"], name: "audited" });
    expect(JSON.stringify(seen.map((event) => event.details))).not.toContain("top-secret-canary");
  });

  it("records ratings saves and exceptions created and revoked", async () => {
    expect((await saveRatings(call("PUT", { ratings: { ...DEFAULT_RATINGS, QW3: { complexity: 2, gain: 1 } }, reason: "Admission blocks privileged pods already" }), withId(""))).status).toBe(200);
    const created = await register(call("POST", { name: "excepted", environment: "production", connectionKind: "manifests", manifests: { type: "bundle", yaml: SECRET_YAML } }), withId(""));
    const { cluster } = (await created.json()) as { cluster: { id: string } };
    await db().auditEvent.deleteMany({ where: { action: "cluster.created" } });
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const exception = await createException(call("POST", { checkId: "run-as-non-root", scope: "cluster", reason: "Legacy images, migration planned", expiresAt }), withId(cluster.id));
    expect(exception.status).toBe(201);
    const { id } = (await exception.json()) as { id: string };
    expect((await revoke(call("DELETE"), withId(id))).status).toBe(200);
    expect((await revoke(call("DELETE"), withId(id))).status).toBe(200); // already revoked: nothing new

    const seen = await events();
    expect(seen.map((event) => [event.action, event.targetKind])).toEqual([["ratings.saved", "ratings_version"], ["exception.created", "exception"], ["exception.revoked", "exception"]]);
    expect(seen[0]!.details).toMatchObject({ reason: "Admission blocks privileged pods already", ratings: { QW3: { complexity: 2, gain: 1 } } });
    expect(seen[1]!.details).toMatchObject({ clusterId: cluster.id, checkId: "run-as-non-root", scope: "cluster" });
    expect(seen.every((event) => event.targetId !== null && event.address === "192.0.2.10")).toBe(true);
  });
});
