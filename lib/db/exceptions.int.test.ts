import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../checks/engine";
import { snapshotFromText } from "../checks/load";
import { db } from "./client";
import { activeExceptionRules, createException, exceptionHistory, revokeException } from "./exceptions";

let clusterId: string;
beforeEach(async () => {
  await db().cluster.deleteMany();
  clusterId = (await db().cluster.create({ data: { name: "exc", connectionKind: "manifests" } })).id;
});
afterAll(async () => {
  await db().$disconnect();
});

const privilegedPod = snapshotFromText(`
apiVersion: v1
kind: Pod
metadata: { name: agent, namespace: monitoring }
spec:
  containers: [{ name: agent, image: vendor/agent:1.2, securityContext: { privileged: true } }]
`).snapshot;

describe("exceptions", () => {
  it("waive matching findings until they expire, then stop applying by themselves", async () => {
    const now = new Date("2026-11-27T00:00:00Z");
    await createException(
      { clusterId, checkId: "privileged-container", scope: "object", namespace: "monitoring", objectKind: "Pod", objectName: "agent", reason: "Vendor agent needs it until v2", expiresAt: new Date("2026-12-31T00:00:00Z") },
      "lead@acme.example", now,
    );
    const rules = await activeExceptionRules(clusterId, now);
    const waived = evaluateSnapshot(privilegedPod, { exceptions: rules, now }).find((result) => result.check === "privileged-container");
    expect(waived?.status).toBe("waived");
    expect(waived?.waiver).toMatchObject({ source: "exception", reason: "Vendor agent needs it until v2" });

    const later = new Date("2027-01-02T00:00:00Z");
    expect(await activeExceptionRules(clusterId, later)).toEqual([]);
    const failing = evaluateSnapshot(privilegedPod, { exceptions: await activeExceptionRules(clusterId, later), now: later }).find((result) => result.check === "privileged-container");
    expect(failing?.status).toBe("fail");
  });

  it("requires a reason, the scope's fields, and an expiry within a year", async () => {
    const now = new Date("2026-11-27T00:00:00Z");
    const base = { clusterId, checkId: "privileged-container", scope: "namespace" as const, namespace: "monitoring", reason: "Accepted by the CISO on 2026-11-20", expiresAt: new Date("2027-06-01T00:00:00Z") };
    await expect(createException({ ...base, reason: "ok" }, "a", now)).rejects.toThrow(/at least 10/);
    await expect(createException({ ...base, namespace: undefined }, "a", now)).rejects.toThrow(/namespace is required/);
    await expect(createException({ ...base, expiresAt: new Date("2028-01-01T00:00:00Z") }, "a", now)).rejects.toThrow(/one year/);
    await expect(createException({ ...base, expiresAt: new Date("2026-01-01T00:00:00Z") }, "a", now)).rejects.toThrow(/future/);
  });

  it("keeps the history of every exception", async () => {
    const now = new Date("2026-11-27T00:00:00Z");
    const created = await createException({ clusterId, checkId: "host-pid", scope: "cluster", reason: "Cluster-wide debugging week", expiresAt: new Date("2026-12-05T00:00:00Z") }, "lead", now);
    await revokeException(created.id, "ciso", new Date("2026-11-28T00:00:00Z"));
    expect((await exceptionHistory(created.id)).map((event) => [event.action, event.actor])).toEqual([["created", "lead"], ["revoked", "ciso"]]);
    expect(await activeExceptionRules(clusterId, new Date("2026-11-29T00:00:00Z"))).toEqual([]);
  });
});
