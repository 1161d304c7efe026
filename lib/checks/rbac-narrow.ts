// Narrowed rules for remediations: remove one capability from a role, or replace its wildcards by
// what they really grant. Both only ever take permissions away (never widen), so a narrowed role
// cannot make another RBAC check newly fail.
import { asString, get } from "./access";
import type { TCheckContext } from "./context";
import type { TRule } from "./rbac";
import { BUILTIN_RESOURCES, STANDARD_VERBS } from "./rbac-builtin";
import { resourceEntryCovers, ruleGrants, type TPermission } from "./rbac-permissions";

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function expandVerbs(verbs: string[]): string[] {
  return verbs.includes("*") ? unique([...STANDARD_VERBS, ...verbs.filter((verb) => verb !== "*")]) : verbs;
}

/** `rule` without `permission`: the risky verbs lose the resources that grant it. */
function narrowRule(rule: TRule, permission: TPermission): TRule[] {
  if (!ruleGrants(rule, permission)) return [rule];
  const verbs = expandVerbs(rule.verbs);
  const risky = verbs.filter((verb) => permission.verbs.includes(verb));
  const safe = verbs.filter((verb) => !permission.verbs.includes(verb));
  const resources = rule.resources.filter((entry) => !resourceEntryCovers(entry, permission.resource));
  const out: TRule[] = [];
  if (safe.length > 0) out.push({ ...rule, verbs: safe });
  if (risky.length > 0 && resources.length > 0) out.push({ ...rule, verbs: risky, resources });
  return out;
}

export function withoutPermissions(rules: readonly TRule[], permissions: readonly TPermission[]): TRule[] {
  return permissions.reduce<TRule[]>((current, permission) => current.flatMap((rule) => narrowRule(rule, permission)), [...rules]);
}

export function hasWildcard(rule: TRule): boolean {
  return [rule.verbs, rule.apiGroups, rule.resources, rule.nonResourceURLs].some((list) => list.includes("*"));
}

/** Resources per API group: the built-in groups plus the CustomResourceDefinitions of the snapshot. */
export function knownResources(ctx: TCheckContext): ReadonlyMap<string, readonly string[]> {
  return ctx.shared("rbac:known-resources", () => {
    const known = new Map<string, string[]>(Object.entries(BUILTIN_RESOURCES).map(([group, list]) => [group, [...list]]));
    for (const crd of ctx.objects("CustomResourceDefinition")) {
      const group = asString(get(crd, "spec", "group"));
      const plural = asString(get(crd, "spec", "names", "plural"));
      if (!group || !plural) continue;
      known.set(group, unique([...(known.get(group) ?? []), plural]));
    }
    return known;
  });
}

function groupsFor(resources: string[], known: ReadonlyMap<string, readonly string[]>): string[] {
  if (resources.includes("*")) return [...known.keys()];
  const bases = new Set(resources.map((resource) => resource.split("/")[0]!));
  return [...known.entries()].filter(([, list]) => list.some((resource) => bases.has(resource))).map(([group]) => group);
}

/**
 * `rule` with every `*` replaced by what it grants today: the standard verbs (never escalate,
 * bind, impersonate…), the groups that hold the named resources, the resources those groups
 * serve. Parts nobody can enumerate (an unknown group, nonResourceURLs `*`) are dropped and
 * reported, so the reviewer adds back only what the workload uses.
 */
export function expandRule(rule: TRule, known: ReadonlyMap<string, readonly string[]>): { rules: TRule[]; dropped: boolean } {
  const verbs = expandVerbs(rule.verbs);
  if (rule.resources.length === 0) {
    const urls = rule.nonResourceURLs.filter((url) => url !== "*");
    return { rules: urls.length > 0 ? [{ ...rule, verbs, nonResourceURLs: urls }] : [], dropped: urls.length < rule.nonResourceURLs.length };
  }
  const groups = rule.apiGroups.includes("*") ? groupsFor(rule.resources, known) : rule.apiGroups;
  if (!rule.resources.includes("*")) {
    return { rules: groups.length > 0 ? [{ ...rule, verbs, apiGroups: groups, nonResourceURLs: [] }] : [], dropped: groups.length === 0 };
  }
  const explicit = rule.resources.filter((resource) => resource !== "*");
  const out: TRule[] = [];
  let dropped = false;
  for (const group of groups) {
    const served = known.get(group);
    if (!served) dropped = true;
    else out.push({ ...rule, verbs, apiGroups: [group], resources: unique([...served, ...explicit]), nonResourceURLs: [] });
  }
  return { rules: out, dropped };
}

/** A rule as the API writes it (empty lists omitted; apiGroups kept for resource rules). */
export function ruleObject(rule: TRule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Fresh arrays: rules share lists after narrowing, and a remediation must not alias them.
  if (rule.resources.length > 0) {
    out.apiGroups = [...rule.apiGroups];
    out.resources = [...rule.resources];
    if (rule.resourceNames.length > 0) out.resourceNames = [...rule.resourceNames];
  }
  if (rule.nonResourceURLs.length > 0) out.nonResourceURLs = [...rule.nonResourceURLs];
  out.verbs = [...rule.verbs];
  return out;
}

