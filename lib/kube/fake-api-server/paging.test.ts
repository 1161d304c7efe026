import { describe, expect, it } from "vitest";
import { COLLECTED_RESOURCES } from "../resources";
import { decodeContinue, encodeContinue, listPage } from "./paging";
import type { TStoredObject } from "./store";

const pods = COLLECTED_RESOURCES.find((resource) => resource.kind === "Pod")!;
const stored = (namespace: string, name: string): TStoredObject => ({ namespace, name, object: { apiVersion: "v1", kind: "Pod", metadata: { name, namespace } } });
const all = [stored("a", "p1"), stored("a", "p2"), stored("b", "p3")];

describe("paging", () => {
  it("round-trips continue tokens and refuses forged ones", () => {
    const key = { rv: "1042", resource: "pods", namespace: "", offset: 500 };
    expect(decodeContinue(encodeContinue(key))).toEqual(key);
    expect(decodeContinue("not a token")).toBeUndefined();
    expect(decodeContinue(Buffer.from(JSON.stringify({ ...key, offset: -1 })).toString("base64url"))).toBeUndefined();
  });

  it("pages with a continue token and the remaining count, then ends without one", () => {
    const first = listPage(all, { type: pods, namespace: undefined, resourceVersion: "7", limit: 2, offset: 0 });
    expect(first).toMatchObject({ kind: "PodList", apiVersion: "v1", metadata: { resourceVersion: "7", remainingItemCount: 1 } });
    expect(first.items).toEqual([{ metadata: { name: "p1", namespace: "a" } }, { metadata: { name: "p2", namespace: "a" } }]);
    const offset = decodeContinue((first.metadata as { continue: string }).continue)!.offset;
    const last = listPage(all, { type: pods, namespace: undefined, resourceVersion: "7", limit: 2, offset });
    expect(last.metadata).toEqual({ resourceVersion: "7" });
    expect(last.items).toHaveLength(1);
  });

  it("filters a namespaced list", () => {
    expect(listPage(all, { type: pods, namespace: "b", resourceVersion: "7", limit: undefined, offset: 0 }).items).toEqual([{ metadata: { name: "p3", namespace: "b" } }]);
  });
});
