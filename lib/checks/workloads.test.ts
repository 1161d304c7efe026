import { describe, expect, it } from "vitest";
import { TCheckContext } from "./context";
import type { TKubeObject, TSnapshot } from "./types";
import {
  containerListPatch, podMetadataPatch, podSpecPatch, podSpecPath, POD_BEARING_KINDS, topWorkloads,
} from "./workloads";

// The fast paths of workloads.ts against the straightforward versions they replaced.

function nestAt(path: string[], leaf: Record<string, unknown>): Record<string, unknown> {
  return path.reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), leaf);
}

/** topWorkloads as it was: one "kind/namespace/name" key per pod-bearing object. */
function referenceTops(snapshot: TSnapshot): TKubeObject[] {
  const key = (kind: string, namespace: unknown, name: unknown) => `${kind}/${typeof namespace === "string" ? namespace : ""}/${typeof name === "string" ? name : ""}`;
  const meta = (object: TKubeObject) => (object.metadata ?? {}) as Record<string, unknown>;
  const present = new Set<string>();
  for (const kind of POD_BEARING_KINDS) for (const object of snapshot.objects[kind] ?? []) present.add(key(kind, meta(object).namespace, meta(object).name));
  return POD_BEARING_KINDS.flatMap((kind) => (snapshot.objects[kind] ?? []).filter((object) => {
    const owners = Array.isArray(meta(object).ownerReferences) ? (meta(object).ownerReferences as Record<string, unknown>[]) : [];
    return !owners.some((owner) => present.has(key(typeof owner.kind === "string" ? owner.kind : "", meta(object).namespace, owner.name)));
  }));
}

describe("podSpecPatch and podMetadataPatch", () => {
  it.each([...POD_BEARING_KINDS, "SomethingElse"])("wrap a fragment at podSpecPath for %s", (kind) => {
    const fragment = { hostPID: false };
    expect(podSpecPatch(kind, fragment)).toStrictEqual(nestAt(podSpecPath(kind), fragment));
    const metadata = { annotations: { a: null } };
    const expected = kind === "Pod" ? { metadata } : nestAt(podSpecPath(kind).slice(0, -1), { metadata });
    expect(podMetadataPatch(kind, metadata)).toStrictEqual(expected);
  });

  it("containerListPatch keys the entries by their list", () => {
    for (const list of ["containers", "initContainers", "ephemeralContainers"] as const) {
      expect(containerListPatch(list, [{ name: "web" }])).toStrictEqual({ [list]: [{ name: "web" }] });
    }
  });
});

describe("topWorkloads", () => {
  const object = (kind: string, namespace: string | undefined, name: string, owners: Record<string, unknown>[] = []): TKubeObject => ({
    apiVersion: "v1", kind, metadata: { name, ...(namespace === undefined ? {} : { namespace }), ownerReferences: owners },
  });
  const snapshot: TSnapshot = {
    gaps: [],
    objects: {
      Deployment: [object("Deployment", "shop", "web"), object("Deployment", "a/b", "c"), object("Deployment", undefined, "bare")],
      ReplicaSet: [
        object("ReplicaSet", "shop", "web-1", [{ kind: "Deployment", name: "web" }]),
        object("ReplicaSet", "shop", "gone-1", [{ kind: "Deployment", name: "gone" }]),
        // Keys collide through "/": "Deployment/a/b/c" names the Deployment c of namespace a/b.
        object("ReplicaSet", "a", "x", [{ kind: "Deployment", name: "b/c" }]),
        object("ReplicaSet", "b", "y", [{ kind: "Deployment/a", name: "c" }]),
        object("ReplicaSet", undefined, "bare-1", [{ kind: "Deployment", name: "bare" }]),
      ],
      Pod: [
        object("Pod", "shop", "web-1-a", [{ kind: "ReplicaSet", name: "web-1" }]),
        object("Pod", "shop", "owned-by-pod", [{ kind: "Pod", name: "web-1-a" }]),
        object("Pod", "shop", "odd", [{ kind: 7, name: "web" }, { name: "web-1" }]),
        object("Pod", "shop", "lonely", [{ kind: "Node", name: "n1" }]),
      ],
    },
  };

  it("keeps exactly the objects no present pod-bearing object owns, as the one-key-per-object version did", () => {
    const tops = topWorkloads(snapshot).map((workload) => workload.object);
    expect(tops).toEqual(referenceTops(snapshot));
    expect(tops.map((top) => (top.metadata as { name: string }).name).sort()).toEqual(["bare", "c", "gone-1", "lonely", "odd", "web"]);
  });

  it("reads the same labels and label strings a context shares", () => {
    const [web] = topWorkloads({ gaps: [], objects: { Deployment: [{ kind: "Deployment", metadata: { name: "web" }, spec: { template: { metadata: { labels: { app: "web", n: 1 } }, spec: { containers: [{ name: "c" }] } } } }] } });
    expect(web!.podLabels).toStrictEqual({ app: "web" });
    expect(web!.label).toBe("Deployment `web`");
    const context = new TCheckContext({ gaps: [], objects: {} });
    expect(context.containers(web!)).toBe(context.containers(web!));
    expect(context.containers(web!).map((container) => container.name)).toEqual(["c"]);
  });
});
