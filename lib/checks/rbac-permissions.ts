// "Does this rule / binding grant X?" with the upstream authorizer's matching rules, memoised per
// role so that a dozen checks over thousands of bindings each match a role's rules once.
import type { TBinding, TRole, TRule } from "./rbac";

export interface TPermission {
  /** Any of these verbs. */
  verbs: readonly string[];
  /** API group ("" = core). */
  group: string;
  /** "pods", or "pods/exec" for a subresource. */
  resource: string;
  /** Cluster-scoped resources are granted by ClusterRoleBindings only: a RoleBinding cannot reach them. */
  clusterScoped?: boolean;
  /**
   * How a rule limited by resourceNames counts: "count" (default: still the capability, on fewer
   * objects), "ignore" (naming objects is the least-privilege form), or a predicate that says
   * which named targets still make it dangerous (binding `cluster-admin` by name, for instance).
   */
  named?: "count" | "ignore" | ((name: string) => boolean);
}

export interface TGrantMatch {
  permission: TPermission;
  verb: string;
  rule: TRule;
}

export function verbMatches(rule: TRule, verb: string): boolean {
  return rule.verbs.includes("*") || rule.verbs.includes(verb);
}

export function groupMatches(rule: TRule, group: string): boolean {
  return rule.apiGroups.includes("*") || rule.apiGroups.includes(group);
}

/** A resources entry covers `resource`: "*", the exact "res/sub", or "*∕sub" (upstream ResourceMatches). */
export function resourceEntryCovers(entry: string, resource: string): boolean {
  if (entry === "*" || entry === resource) return true;
  const slash = resource.indexOf("/");
  return slash >= 0 && entry === `*${resource.slice(slash)}`;
}

function namedRuleCounts(rule: TRule, permission: TPermission, verb: string): boolean {
  if (rule.resourceNames.length === 0) return true;
  // A create on a collection carries no name, so a rule limited to names never allows it.
  if (verb === "create" && !permission.resource.includes("/")) return false;
  const mode = permission.named ?? "count";
  if (mode === "count") return true;
  if (mode === "ignore") return false;
  return rule.resourceNames.some(mode);
}

/** The verb by which `rule` grants `permission`, if it does. */
export function ruleGrants(rule: TRule, permission: TPermission): string | undefined {
  if (!groupMatches(rule, permission.group)) return undefined;
  if (!rule.resources.some((entry) => resourceEntryCovers(entry, permission.resource))) return undefined;
  return permission.verbs.find((verb) => verbMatches(rule, verb) && namedRuleCounts(rule, permission, verb));
}

export function rulesGrant(rules: readonly TRule[], permission: TPermission): TGrantMatch | undefined {
  for (const rule of rules) {
    const verb = ruleGrants(rule, permission);
    if (verb) return { permission, verb, rule };
  }
  return undefined;
}

const memo = new WeakMap<TRole, Map<TPermission, TGrantMatch | null>>();

export function roleGrants(role: TRole, permission: TPermission): TGrantMatch | undefined {
  let cache = memo.get(role);
  if (!cache) memo.set(role, (cache = new Map()));
  if (!cache.has(permission)) cache.set(permission, rulesGrant(role.rules, permission) ?? null);
  return cache.get(permission) ?? undefined;
}

/** What `binding` grants among `permissions` (one match per permission granted). */
export function bindingGrants(binding: TBinding, permissions: readonly TPermission[]): TGrantMatch[] {
  const role = binding.role;
  if (!role) return [];
  const out: TGrantMatch[] = [];
  for (const permission of permissions) {
    if (permission.clusterScoped && binding.kind === "RoleBinding") continue;
    const match = roleGrants(role, permission);
    if (match) out.push(match);
  }
  return out;
}

/** "create pods", "get pods/exec": how messages and evidence name a permission. */
export function permissionLabel(match: TGrantMatch): string {
  const group = match.permission.group ? `${match.permission.group}/` : "";
  return `${match.verb} ${group}${match.permission.resource}`;
}
