// Source positions survive loading: document starts, List items, containers, stdin.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { snapshotFromPaths, snapshotFromText } from "./load";

const YAML = `# a comment first
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop}
spec:
  initContainers:
    - name: init
      image: busybox
  containers:
    - name: app
      image: nginx
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBindingList
items:
  - metadata: {name: first, namespace: shop}
  - metadata:
      name: second
`;

describe("TSourceIndex", () => {
  const { positions } = snapshotFromText(YAML, "manifests/app.yaml");

  it("points at the line a document's object starts on", () => {
    expect(positions.locate({ kind: "Pod", namespace: "shop", name: "web" })).toEqual({ file: "manifests/app.yaml", line: 2 });
  });

  it("points at a named container's entry, init containers included", () => {
    expect(positions.locate({ kind: "Pod", namespace: "shop", name: "web" }, "app")?.line).toBe(10);
    expect(positions.locate({ kind: "Pod", namespace: "shop", name: "web" }, "init")?.line).toBe(7);
    // An unknown container falls back to the object.
    expect(positions.locate({ kind: "Pod", namespace: "shop", name: "web" }, "gone")?.line).toBe(2);
  });

  it("points at each item of a List kind, with the item kind unwrapped", () => {
    expect(positions.locate({ kind: "RoleBinding", namespace: "shop", name: "first" })?.line).toBe(16);
    expect(positions.locate({ kind: "RoleBinding", name: "second" })?.line).toBe(17);
  });

  it("points a Namespace the input only implies at the first object read in it", () => {
    expect(positions.locate({ kind: "Namespace", name: "shop" })).toEqual({ file: "manifests/app.yaml", line: 2 });
    const declared = snapshotFromText("kind: Pod\nmetadata: {name: a, namespace: x}\n---\nkind: Namespace\nmetadata: {name: x}\n", "n.yaml").positions;
    expect(declared.locate({ kind: "Namespace", name: "x" })?.line).toBe(4);
  });

  it("knows nothing of objects it did not read", () => {
    expect(positions.locate({ kind: "Pod", namespace: "other", name: "web" })).toBeUndefined();
  });

  it("reads standard input as the file '-'", async () => {
    const loaded = await snapshotFromPaths(["-"], async () => {
      let text = "";
      for await (const chunk of Readable.from([YAML])) text += String(chunk);
      return text;
    });
    expect(loaded.count).toBe(3);
    expect(loaded.positions.locate({ kind: "Pod", namespace: "shop", name: "web" }, "app")).toEqual({ file: "-", line: 10 });
  });
});
