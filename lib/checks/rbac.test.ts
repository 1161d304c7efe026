import { describe, expect, it } from "vitest";
import { TCheckContext } from "./context";
import { evaluateSnapshot } from "./engine";
import { snapshotFromText } from "./load";
import { buildRbacIndex, isReportableSubject, rbacIndex, type TSubject } from "./rbac";
import { bindingGrants, resourceEntryCovers, roleGrants, type TPermission } from "./rbac-permissions";
import { rbacChecks } from "./rules/rbac";
import { english } from "./english.testkit";

const EXEC: TPermission = { verbs: ["create"], group: "", resource: "pods/exec" };
const CREATE_PODS: TPermission = { verbs: ["create"], group: "", resource: "pods" };
const NODES_PROXY: TPermission = { verbs: ["get"], group: "", resource: "nodes/proxy", clusterScoped: true };

function index(yaml: string) {
  return rbacIndex(new TCheckContext(snapshotFromText(yaml).snapshot));
}

function results(yaml: string, check: string) {
  return evaluateSnapshot(snapshotFromText(yaml).snapshot, { checks: rbacChecks }).filter((result) => result.check === check);
}

const clusterRole = (name: string, body: string) => `---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ${name}
${body}
`;

const binding = (kind: "ClusterRoleBinding" | "RoleBinding", name: string, role: string, subjects: string, namespace?: string) => `---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${kind}
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ""}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role}}
subjects: ${subjects}
`;

describe("resource matching (upstream ResourceMatches)", () => {
  it("matches exact, `*` and `*/sub`, but not a parent for a subresource", () => {
    expect(resourceEntryCovers("pods/exec", "pods/exec")).toBe(true);
    expect(resourceEntryCovers("*", "pods/exec")).toBe(true);
    expect(resourceEntryCovers("*/exec", "pods/exec")).toBe(true);
    expect(resourceEntryCovers("pods", "pods/exec")).toBe(false);
    expect(resourceEntryCovers("*/exec", "pods")).toBe(false);
  });
});

describe("aggregation", () => {
  it("collects the rules of every ClusterRole a selector picks, transitively", () => {
    const rbac = index(
      clusterRole("debug-aggregate", "aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels: {example.com/debug: \"true\"}\nrules: []") +
      clusterRole("exec-part", "  labels: {example.com/debug: \"true\", example.com/top: \"true\"}\nrules:\n- {apiGroups: [\"\"], resources: [pods/exec], verbs: [create]}") +
      clusterRole("top", "aggregationRule:\n  clusterRoleSelectors:\n  - matchExpressions: [{key: example.com/top, operator: Exists}]\nrules: []"),
    );
    expect(roleGrants(index("").clusterRoles.get("view")!, EXEC)).toBeUndefined();
    expect(roleGrants(rbac.clusterRoles.get("debug-aggregate")!, EXEC)?.verb).toBe("create");
    expect(roleGrants(rbac.clusterRoles.get("top")!, EXEC)?.verb).toBe("create");
  });

  it("adds custom roles labelled aggregate-to-edit to the built-in edit and admin roles", () => {
    const rbac = index(clusterRole("node-proxy-to-edit", "  labels: {rbac.authorization.k8s.io/aggregate-to-edit: \"true\"}\nrules:\n- {apiGroups: [\"\"], resources: [nodes/proxy], verbs: [get]}"));
    expect(roleGrants(rbac.clusterRoles.get("edit")!, NODES_PROXY)).toBeDefined();
    // admin aggregates edit (edit carries aggregate-to-admin), which aggregates view.
    expect(roleGrants(rbac.clusterRoles.get("admin")!, NODES_PROXY)).toBeDefined();
    expect(roleGrants(rbac.clusterRoles.get("admin")!, CREATE_PODS)).toBeDefined();
    expect(roleGrants(rbac.clusterRoles.get("view")!, CREATE_PODS)).toBeUndefined();
  });

  it("terminates on selector cycles", () => {
    const rbac = index(
      clusterRole("a", "  labels: {x: a}\naggregationRule:\n  clusterRoleSelectors: [{matchLabels: {x: b}}]\nrules:\n- {apiGroups: [\"\"], resources: [pods], verbs: [create]}") +
      clusterRole("b", "  labels: {x: b}\naggregationRule:\n  clusterRoleSelectors: [{matchLabels: {x: a}}]\nrules: []"),
    );
    expect(roleGrants(rbac.clusterRoles.get("b")!, CREATE_PODS)).toBeDefined();
  });

  it("prefers the snapshot's own definition of a default role over the built-in one", () => {
    const rbac = index(clusterRole("edit", "rules: []"));
    expect(rbac.clusterRoles.get("edit")!.builtIn).toBe(false);
    expect(roleGrants(rbac.clusterRoles.get("edit")!, CREATE_PODS)).toBeUndefined();
  });
});

describe("resourceNames", () => {
  it("never allows create on a collection, but still counts for a named subresource", () => {
    const rbac = index(clusterRole("named", "rules:\n- {apiGroups: [\"\"], resources: [pods, pods/exec], resourceNames: [web-0], verbs: [create]}"));
    const role = rbac.clusterRoles.get("named")!;
    expect(roleGrants(role, CREATE_PODS)).toBeUndefined();
    expect(roleGrants(role, EXEC)).toBeDefined();
  });
});

describe("subjects and scope", () => {
  const subject = (kind: TSubject["kind"], name: string): TSubject => ({ kind, name, key: `${kind}:${name}`, raw: {} });

  it("reports people, ServiceAccounts and the public groups, not Kubernetes' own identities", () => {
    expect(isReportableSubject(subject("User", "alice"))).toBe(true);
    expect(isReportableSubject(subject("Group", "system:authenticated"))).toBe(true);
    expect(isReportableSubject(subject("Group", "system:unauthenticated"))).toBe(true);
    expect(isReportableSubject(subject("User", "system:anonymous"))).toBe(true);
    expect(isReportableSubject(subject("Group", "system:serviceaccounts:shop"))).toBe(true);
    expect(isReportableSubject(subject("Group", "system:nodes"))).toBe(false);
    expect(isReportableSubject(subject("User", "system:kube-scheduler"))).toBe(false);
    expect(isReportableSubject(subject("Group", "system:masters"))).toBe(false);
  });

  it("reads system:serviceaccount:<ns>:<name> users as ServiceAccounts and indexes bindings per subject", () => {
    const rbac = index(binding("ClusterRoleBinding", "b", "view", "[{kind: User, name: \"system:serviceaccount:shop:web\"}, {kind: ServiceAccount, name: api}]", undefined)
      + binding("RoleBinding", "rb", "edit", "[{kind: ServiceAccount, name: api}]", "shop"));
    expect(rbac.bindings[0]!.subjects.map((s) => s.key)).toEqual(["ServiceAccount:shop/web", "ServiceAccount:default/api"]);
    // A RoleBinding's ServiceAccount without a namespace is in the binding's namespace.
    expect(rbac.bySubject.get("ServiceAccount:shop/api")?.map((b) => b.ref.name)).toEqual(["rb"]);
  });

  it("does not let a RoleBinding grant a cluster-scoped resource", () => {
    const rbac = index(clusterRole("proxy", "rules:\n- {apiGroups: [\"\"], resources: [nodes/proxy], verbs: [get]}")
      + binding("RoleBinding", "rb", "proxy", "[{kind: User, name: bob}]", "shop")
      + binding("ClusterRoleBinding", "crb", "proxy", "[{kind: User, name: bob}]"));
    const [crb, rb] = rbac.bindings;
    expect(bindingGrants(rb!, [NODES_PROXY])).toEqual([]);
    expect(bindingGrants(crb!, [NODES_PROXY])).toHaveLength(1);
  });

  it("passes a binding that grants the capability only to system identities, and skips bootstrap bindings", () => {
    const yaml = binding("ClusterRoleBinding", "kubeadm:node-pods", "edit", "[{kind: Group, name: \"system:nodes\"}]")
      + binding("ClusterRoleBinding", "system:controller:foo", "edit", "[{kind: User, name: mallory}]");
    const found = results(yaml, "rbac-create-pods");
    expect(found.map((r) => [r.object.name, r.status])).toEqual([["kubeadm:node-pods", "pass"]]);
    expect(english(found[0]!.message)).toContain("only to Kubernetes system identities");
  });

  it("is not assessable for a binding whose role is nowhere to be found", () => {
    const found = results(binding("ClusterRoleBinding", "dangling", "made-up-role", "[{kind: User, name: bob}]"), "rbac-secrets-read");
    expect(found.map((r) => r.status)).toEqual(["not_assessable"]);
  });

  it("never throws on malformed RBAC objects", () => {
    const yaml = "kind: ClusterRole\nmetadata: {name: broken}\nrules: {verbs: 3}\n---\nkind: ClusterRoleBinding\nmetadata: {name: x}\nroleRef: 7\nsubjects: [null, 3, {kind: User}]\n"
      + "---\nkind: RoleBinding\nmetadata: null\nsubjects: \"all\"\n---\nkind: ClusterRole\nmetadata: {name: agg}\naggregationRule: {clusterRoleSelectors: [{matchExpressions: [{key: k, operator: Bogus}]}]}\n";
    expect(() => buildRbacIndex((kind) => snapshotFromText(yaml).snapshot.objects[kind] ?? [])).not.toThrow();
    expect(() => evaluateSnapshot(snapshotFromText(yaml).snapshot, { checks: rbacChecks })).not.toThrow();
  });
});
