// Malformed objects never throw: property-based tests over the whole registry. Whatever shape
// an object has (nulls, wrong types, huge strings, arrays for maps), evaluation completes, every
// result is well-formed, and a pod-bearing object without a readable pod spec never passes a
// pod-level check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "./engine";
import { addObjects, emptySnapshot } from "./load";
import { isText } from "./text";
import type { TSnapshot } from "./types";
import { POD_BEARING_KINDS } from "./workloads";

const KINDS = [
  ...POD_BEARING_KINDS, "Namespace", "Service", "Ingress", "NetworkPolicy", "Role", "ClusterRole", "RoleBinding",
  "ClusterRoleBinding", "ServiceAccount", "Secret", "ConfigMap", "LimitRange", "ResourceQuota", "Node",
  "CustomResourceDefinition", "VulnerabilityReport",
];
const STATUSES = new Set(["pass", "fail", "waived", "not_assessable"]);

const weird = fc.oneof(
  fc.constant(null), fc.constant(undefined), fc.boolean(), fc.integer(), fc.double(), fc.string(),
  fc.constant("x".repeat(100_000)), fc.constant([]), fc.constant({}), fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 4 }),
);

/** A plausible object whose fields, at any depth, may be replaced by something wrong. */
const mangledObject = fc.record({
  apiVersion: fc.oneof(fc.constant("v1"), fc.constant("apps/v1"), weird),
  kind: fc.constantFrom(...KINDS),
  metadata: fc.oneof(
    fc.record({ name: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), weird), namespace: fc.oneof(fc.constant("team-a"), weird), labels: weird, annotations: weird, ownerReferences: weird }),
    weird,
  ),
  spec: fc.oneof(
    weird,
    fc.record({
      containers: fc.oneof(weird, fc.array(fc.record({ name: fc.oneof(fc.string(), weird), image: fc.oneof(fc.constant("nginx:latest"), weird), securityContext: weird, resources: weird, env: weird }), { maxLength: 3 })),
      hostPID: weird, volumes: weird, securityContext: weird, template: weird, podSelector: weird, jobTemplate: weird,
    }),
  ),
  rules: weird, subjects: weird, roleRef: weird, data: weird, type: weird, status: weird,
});

function snapshotOf(objects: unknown[]): TSnapshot {
  const snapshot = emptySnapshot();
  addObjects(snapshot, objects);
  return snapshot;
}

describe("evaluation of malformed input", () => {
  it("never throws and always returns well-formed results", () => {
    fc.assert(
      fc.property(fc.array(mangledObject, { minLength: 1, maxLength: 6 }), (objects) => {
        const results = evaluateSnapshot(snapshotOf(objects));
        for (const result of results) {
          expect(STATUSES.has(result.status)).toBe(true);
          // A catalogue text, never a plain string: every reader translates it.
          expect(isText(result.message)).toBe(true);
          expect(typeof result.object.kind).toBe("string");
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("never passes a pod-level check on an object whose pod spec cannot be read", () => {
    fc.assert(
      fc.property(fc.constantFrom(...POD_BEARING_KINDS), weird.filter((value) => typeof value !== "object" || value === null || Array.isArray(value)), (kind, spec) => {
        const object = { apiVersion: "v1", kind, metadata: { name: "broken", namespace: "team-a" }, spec };
        const results = evaluateSnapshot(snapshotOf([object])).filter(
          (result) => result.object.name === "broken" && result.object.kind === kind && (result.quickWin === "QW3" || result.quickWin === "QW9"),
        );
        expect(results.filter((result) => result.status === "pass").map((result) => result.check)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
