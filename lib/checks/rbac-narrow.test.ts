import { describe, expect, it } from "vitest";
import type { TRule } from "./rbac";
import { BUILTIN_RESOURCES, STANDARD_VERBS } from "./rbac-builtin";
import { expandRule, hasWildcard, withoutPermissions } from "./rbac-narrow";
import { rulesGrant, type TPermission } from "./rbac-permissions";

const rule = (verbs: string[], apiGroups: string[], resources: string[], extra: Partial<TRule> = {}): TRule =>
  ({ verbs, apiGroups, resources, resourceNames: [], nonResourceURLs: [], ...extra });
const known = new Map(Object.entries(BUILTIN_RESOURCES).map(([group, list]) => [group, [...list]]));

const PROBES: TPermission[] = [
  { verbs: ["create"], group: "", resource: "pods" },
  { verbs: ["get"], group: "", resource: "secrets" },
  { verbs: ["get"], group: "", resource: "pods/exec" },
  { verbs: ["update"], group: "apps", resource: "deployments" },
  { verbs: ["impersonate"], group: "", resource: "users" },
];

describe("withoutPermissions", () => {
  const cases: [string, TRule[], TPermission][] = [
    ["explicit verb", [rule(["get", "create"], [""], ["pods"])], { verbs: ["create"], group: "", resource: "pods" }],
    ["wildcard verbs", [rule(["*"], [""], ["pods", "services"])], { verbs: ["create"], group: "", resource: "pods" }],
    ["wildcard resources", [rule(["get", "list"], ["*"], ["*"])], { verbs: ["get", "list"], group: "", resource: "secrets" }],
    ["*/subresource", [rule(["create", "get"], [""], ["*/exec", "pods"])], { verbs: ["create", "get"], group: "", resource: "pods/exec" }],
  ];
  for (const [name, rules, permission] of cases) {
    it(`drops the permission (${name}) and never widens anything`, () => {
      const narrowed = withoutPermissions(rules, [permission]);
      expect(rulesGrant(narrowed, permission)).toBeUndefined();
      for (const probe of PROBES) if (!rulesGrant(rules, probe)) expect(rulesGrant(narrowed, probe)).toBeUndefined();
    });
  }

  it("keeps the other verbs of a wildcard, as the standard verbs", () => {
    const [kept] = withoutPermissions([rule(["*"], [""], ["pods"])], [{ verbs: ["create"], group: "", resource: "pods" }]);
    expect(kept!.verbs).toEqual(STANDARD_VERBS.filter((verb) => verb !== "create"));
  });
});

describe("expandRule", () => {
  it("replaces wildcards by what they grant today, with no wildcard left", () => {
    const { rules, dropped } = expandRule(rule(["*"], ["*"], ["deployments"]), known);
    expect(dropped).toBe(false);
    expect(rules).toEqual([rule([...STANDARD_VERBS], ["apps"], ["deployments"])]);
    expect(rules.some(hasWildcard)).toBe(false);
  });

  it("drops what nobody can enumerate and says so", () => {
    const unknownGroup = expandRule(rule(["get"], ["unknown.example.com"], ["*"]), known);
    expect(unknownGroup).toEqual({ rules: [], dropped: true });
    const urls = expandRule(rule(["get"], [], [], { nonResourceURLs: ["*", "/metrics"] }), known);
    expect(urls.rules[0]!.nonResourceURLs).toEqual(["/metrics"]);
    expect(urls.dropped).toBe(true);
  });
});
