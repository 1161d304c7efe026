import { describe, expect, it } from "vitest";
import { TCheckContext } from "./context";
import { snapshotFromText } from "./load";
import { kubeSystemVisible, namespaceLabels, namespacesInScope } from "./namespace-scope";

describe("namespacesInScope", () => {
  it("takes Namespace objects and the namespaces of workloads, without the system ones", () => {
    const { snapshot } = snapshotFromText(`
apiVersion: v1
kind: Namespace
metadata: { name: shop, labels: { team: a } }
---
apiVersion: v1
kind: Namespace
metadata: { name: kube-node-lease }
---
apiVersion: v1
kind: Pod
metadata: { name: p }
spec: { containers: [{ name: c, image: x }] }
---
apiVersion: v1
kind: Pod
metadata: { name: dns, namespace: kube-system }
spec: { containers: [{ name: c, image: x }] }
`);
    const ctx = new TCheckContext(snapshot);
    expect(namespacesInScope(ctx).map((namespace) => [namespace.name, namespace.object ? "object" : "derived"])).toEqual([["default", "derived"], ["shop", "object"]]);
    expect(namespaceLabels(ctx).get("shop")).toEqual({ team: "a", "kubernetes.io/metadata.name": "shop" });
    expect(kubeSystemVisible(ctx)).toBe(true);
  });
});
