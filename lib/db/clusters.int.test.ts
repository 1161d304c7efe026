import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "./client";
import { listClusters } from "./clusters";

beforeEach(async () => {
  await db().cluster.deleteMany();
});
afterAll(async () => {
  await db().$disconnect();
});

describe("listClusters", () => {
  it("lists active clusters by name with their latest scan, never their credentials", async () => {
    const prod = await db().cluster.create({
      data: { name: "prod-eu", environment: "production", connectionKind: "kubeconfig", credentials: Buffer.from("ciphertext") },
    });
    await db().cluster.create({ data: { name: "old", connectionKind: "in_cluster", archived: true } });
    await db().cluster.create({ data: { name: "a-staging", environment: "staging", connectionKind: "manifests" } });
    await db().scan.create({ data: { clusterId: prod.id, status: "failed", queuedAt: new Date("2026-11-01") } });
    await db().scan.create({
      data: { clusterId: prod.id, status: "succeeded", queuedAt: new Date("2026-11-02"), finishedAt: new Date("2026-11-02"), postureScore: 71.5, grade: "C" },
    });

    const clusters = await listClusters();
    expect(clusters.map((cluster) => cluster.name)).toEqual(["a-staging", "prod-eu"]);
    expect(clusters[1]!.lastScan).toMatchObject({ status: "succeeded", grade: "C", postureScore: 71.5 });
    expect(clusters[0]!.lastScan).toBeNull();
    expect(JSON.stringify(clusters)).not.toContain("credentials");
    expect((await listClusters({ includeArchived: true })).map((cluster) => cluster.name)).toContain("old");
  });

  it("refuses two clusters with the same name", async () => {
    await db().cluster.create({ data: { name: "dup", connectionKind: "in_cluster" } });
    await expect(db().cluster.create({ data: { name: "dup", connectionKind: "in_cluster" } })).rejects.toThrow();
  });
});
