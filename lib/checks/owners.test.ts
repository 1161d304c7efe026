import { describe, expect, it } from "vitest";
import { TCheckContext } from "./context";
import { snapshotFromText } from "./load";
import { topWorkloadResolver, workloadKey } from "./owners";

describe("topWorkloadResolver", () => {
  const { snapshot } = snapshotFromText(`
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
---
apiVersion: apps/v1
kind: ReplicaSet
metadata: { name: web-5d8f7, namespace: shop, ownerReferences: [{ kind: Deployment, name: web }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web-5d8f7-abcde, namespace: shop, ownerReferences: [{ kind: ReplicaSet, name: web-5d8f7 }] }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly, namespace: shop }
---
apiVersion: v1
kind: Pod
metadata: { name: lonely, namespace: shop, ownerReferences: [{ kind: Node, name: n1 }] }
`);
  const resolver = topWorkloadResolver(new TCheckContext(snapshot));

  it("walks Pod → ReplicaSet → Deployment", () => {
    expect(resolver.byObject(snapshot.objects.Pod![0]!)).toBe(workloadKey("Deployment", "shop", "web"));
    expect(resolver.byRef("ReplicaSet", "shop", "web-5d8f7")).toBe(workloadKey("Deployment", "shop", "web"));
  });

  it("infers the owner of an unlisted ReplicaSet or Job from its name", () => {
    expect(resolver.byRef("ReplicaSet", "shop", "web-9c9c9")).toBe(workloadKey("Deployment", "shop", "web"));
    expect(resolver.byRef("Job", "shop", "nightly-28745610")).toBe(workloadKey("CronJob", "shop", "nightly"));
    expect(resolver.byRef("ReplicaSet", "other", "web-9c9c9")).toBeUndefined();
    expect(resolver.byRef("StatefulSet", "shop", "db")).toBeUndefined();
  });

  it("keeps a Pod whose owner is no workload as its own top", () => {
    expect(resolver.byObject(snapshot.objects.Pod![1]!)).toBe(workloadKey("Pod", "shop", "lonely"));
  });
});
