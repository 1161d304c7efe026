import { describe, expect, it } from "vitest";
import { accessReview, isAllowed, PERMISSION_PRESETS, rulesReview, type TPermissionSet } from "./permissions";

const scoped: TPermissionSet = {
  cluster: [{ apiGroups: [""], resources: ["namespaces"], verbs: ["list"] }],
  namespaces: { payments: [{ apiGroups: ["apps"], resources: ["deployments", "deployments/scale"], verbs: ["get", "update"], resourceNames: ["api"] }] },
};

describe("permission sets", () => {
  it("read-only reads everything and changes nothing; cluster-admin does anything", () => {
    expect(isAllowed(PERMISSION_PRESETS["read-only"], { verb: "list", group: "", resource: "secrets" })).toBe(true);
    expect(isAllowed(PERMISSION_PRESETS["read-only"], { verb: "patch", group: "apps", resource: "deployments", namespace: "web" })).toBe(false);
    expect(isAllowed(PERMISSION_PRESETS["cluster-admin"], { verb: "escalate", group: "rbac.authorization.k8s.io", resource: "clusterroles" })).toBe(true);
  });

  it("applies namespace rules in their namespace only, with subresources and resource names", () => {
    const request = { verb: "update", group: "apps", resource: "deployments", subresource: "scale", namespace: "payments", name: "api" };
    expect(isAllowed(scoped, request)).toBe(true);
    expect(isAllowed(scoped, { ...request, name: "other" })).toBe(false);
    expect(isAllowed(scoped, { ...request, namespace: "web" })).toBe(false);
    expect(isAllowed(scoped, { ...request, namespace: undefined })).toBe(false);
  });

  it("answers the review APIs, self-review rights included", () => {
    const review = rulesReview(scoped, { spec: { namespace: "payments" } }) as { status: { resourceRules: unknown[]; incomplete: boolean } };
    expect(review.status.incomplete).toBe(false);
    expect(review.status.resourceRules).toHaveLength(3); // self-review + cluster + payments
    const asked = (spec: object) => (accessReview(scoped, { spec }) as { status: { allowed: boolean } }).status.allowed;
    expect(asked({ resourceAttributes: { verb: "create", group: "authorization.k8s.io", resource: "selfsubjectrulesreviews" } })).toBe(true);
    expect(asked({ resourceAttributes: { verb: "list", resource: "namespaces" } })).toBe(true);
    expect(asked({ nonResourceAttributes: { path: "/metrics", verb: "get" } })).toBe(false);
    expect((accessReview(PERMISSION_PRESETS["read-only"], { spec: { nonResourceAttributes: { path: "/healthz", verb: "get" } } }) as { status: { allowed: boolean } }).status.allowed).toBe(true);
  });
});
