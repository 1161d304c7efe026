// Effective RBAC permissions, resolved once per evaluation (ctx.shared): every binding joined to
// its role, ClusterRole aggregation followed (transitively, as the controller's output would be),
// subjects normalised, and an index per subject. Checks then ask "does this binding grant X?"
// in O(rules of its role), never subjects × roles. Matching follows the upstream authorizer
// (rbac/v1 helpers VerbMatches, APIGroupMatches, ResourceMatches, ResourceNameMatches).
import { asArray, asRecord, asRecords, asString, kindOf, labelsOf, nameOf, namespaceOf } from "./access";
import type { TCheckContext } from "./context";
import { objectRef } from "./context";
import { BUILTIN_CLUSTER_ROLES, BUILTIN_ROLES } from "./rbac-builtin";
import { subjectOf, type TSubject } from "./rbac-subjects";
import { compileSelector } from "./selectors";
import type { TKubeObject, TObjectRef } from "./types";

export { ANONYMOUS_USER, isReportableSubject, PUBLIC_GROUPS, serviceAccountKey, subjectLabel, type TSubject } from "./rbac-subjects";

export interface TRule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

export interface TRole {
  kind: "Role" | "ClusterRole";
  name: string;
  namespace?: string;
  /** Absent for a role the snapshot does not hold and upstream does not provide. */
  object?: TKubeObject;
  ref: TObjectRef;
  /** Provided by Kubernetes (system:*, cluster-admin/admin/edit/view, bootstrapping label). */
  systemProvided: boolean;
  /** Rules are written by the aggregation controller: a patch of `rules` would be overwritten. */
  aggregated: boolean;
  /** True when the role comes from upstream defaults, not from the snapshot. */
  builtIn: boolean;
  ownRules: TRule[];
  rules: TRule[];
}

export interface TBinding {
  object: TKubeObject;
  ref: TObjectRef;
  kind: "RoleBinding" | "ClusterRoleBinding";
  /** The namespace a RoleBinding grants in; undefined for a ClusterRoleBinding (cluster-wide). */
  namespace?: string;
  roleRef: { kind: string; name: string };
  role?: TRole;
  subjects: TSubject[];
  /** Bootstrap bindings (system:*, rbac-defaults label, the cluster-admin ← system:masters binding). */
  systemProvided: boolean;
}

export interface TRbacIndex {
  bindings: TBinding[];
  bySubject: ReadonlyMap<string, readonly TBinding[]>;
  clusterRoles: ReadonlyMap<string, TRole>;
  roles: ReadonlyMap<string, TRole>;
}

const DEFAULT_ROLES = new Set(["cluster-admin", "admin", "edit", "view"]);
const BOOTSTRAP_LABEL = "kubernetes.io/bootstrapping";

function strings(value: unknown): string[] {
  return asArray(value).filter((entry): entry is string => typeof entry === "string");
}

export function rulesOf(value: unknown): TRule[] {
  return asRecords(value).map((raw) => ({
    verbs: strings(raw.verbs),
    apiGroups: strings(raw.apiGroups),
    resources: strings(raw.resources),
    resourceNames: strings(raw.resourceNames),
    nonResourceURLs: strings(raw.nonResourceURLs),
  }));
}

function isBootstrap(object: TKubeObject): boolean {
  return nameOf(object).startsWith("system:") || labelsOf(object)[BOOTSTRAP_LABEL] === "rbac-defaults";
}

function roleOf(object: TKubeObject, kind: TRole["kind"], builtIn: boolean): TRole {
  const name = nameOf(object);
  const role: TRole = {
    kind,
    name,
    object,
    ref: objectRef(object),
    systemProvided: isBootstrap(object) || (kind === "ClusterRole" && DEFAULT_ROLES.has(name)),
    aggregated: asRecord(object.aggregationRule) !== undefined,
    builtIn,
    ownRules: rulesOf(object.rules),
    rules: [],
  };
  const namespace = namespaceOf(object);
  if (kind === "Role" && namespace !== undefined) role.namespace = namespace;
  return role;
}

/** Aggregated rules: own rules plus those of every ClusterRole a selector picks, transitively. */
function resolveAggregation(clusterRoles: Map<string, TRole>): void {
  const aggregating = [...clusterRoles.values()].filter((role) => role.aggregated);
  // Labels read once per role, not once per (aggregating role × candidate).
  const labelled = aggregating.length === 0 ? [] : [...clusterRoles.values()].map((role) => [role, role.object ? labelsOf(role.object) : {}] as const);
  const selected = new Map<string, TRole[]>();
  for (const role of aggregating) {
    const selectors = asRecords(asRecord(role.object?.aggregationRule)?.clusterRoleSelectors).map((raw) => compileSelector(raw));
    const picks: TRole[] = [];
    for (const [candidate, labels] of labelled) {
      if (candidate !== role && selectors.some((selector) => selector.matches(labels))) picks.push(candidate);
    }
    selected.set(role.name, picks);
  }
  const done = new Set<string>();
  const visiting = new Set<string>();
  const resolve = (role: TRole): TRule[] => {
    if (done.has(role.name)) return role.rules;
    // A selector cycle (A aggregates B aggregates A): the controller converges on the union, which
    // the outer call already collects; returning own rules here avoids infinite recursion.
    if (visiting.has(role.name)) return role.ownRules;
    visiting.add(role.name);
    role.rules = [...role.ownRules, ...(selected.get(role.name) ?? []).flatMap(resolve)];
    visiting.delete(role.name);
    done.add(role.name);
    return role.rules;
  };
  for (const role of clusterRoles.values()) resolve(role);
}

function bindingOf(object: TKubeObject, kind: TBinding["kind"], roles: Map<string, TRole>, clusterRoles: Map<string, TRole>): TBinding {
  const raw = asRecord(object.roleRef) ?? {};
  const roleRef = { kind: asString(raw.kind) ?? "", name: asString(raw.name) ?? "" };
  const namespace = kind === "RoleBinding" ? namespaceOf(object) ?? "default" : undefined;
  const role = roleRef.kind === "ClusterRole" ? clusterRoles.get(roleRef.name)
    : roleRef.kind === "Role" && kind === "RoleBinding" ? roles.get(`${namespace}/${roleRef.name}`) : undefined;
  const subjects = asRecords(object.subjects).map((subject) => subjectOf(subject, namespace)).filter((s): s is TSubject => !!s);
  const name = nameOf(object);
  const binding: TBinding = {
    object, ref: objectRef(object), kind, roleRef, subjects,
    systemProvided: isBootstrap(object) || (kind === "ClusterRoleBinding" && name === "cluster-admin" && roleRef.name === "cluster-admin"),
  };
  if (namespace !== undefined) binding.namespace = namespace;
  if (role) binding.role = role;
  return binding;
}

export function buildRbacIndex(objectsOf: (kind: string) => TKubeObject[]): TRbacIndex {
  const clusterRoles = new Map<string, TRole>();
  for (const object of objectsOf("ClusterRole")) if (kindOf(object) === "ClusterRole" && nameOf(object)) clusterRoles.set(nameOf(object), roleOf(object, "ClusterRole", false));
  for (const object of BUILTIN_CLUSTER_ROLES) if (!clusterRoles.has(nameOf(object))) clusterRoles.set(nameOf(object), roleOf(object, "ClusterRole", true));
  resolveAggregation(clusterRoles);
  const roles = new Map<string, TRole>();
  const addRole = (object: TKubeObject, builtIn: boolean) => {
    const key = `${namespaceOf(object) ?? "default"}/${nameOf(object)}`;
    if (kindOf(object) !== "Role" || !nameOf(object) || (builtIn && roles.has(key))) return;
    const role = roleOf(object, "Role", builtIn);
    role.rules = role.ownRules;
    roles.set(key, role);
  };
  for (const object of objectsOf("Role")) addRole(object, false);
  for (const object of BUILTIN_ROLES) addRole(object, true);
  const bindings: TBinding[] = [];
  for (const kind of ["ClusterRoleBinding", "RoleBinding"] as const) {
    for (const object of objectsOf(kind)) if (kindOf(object) === kind) bindings.push(bindingOf(object, kind, roles, clusterRoles));
  }
  const bySubject = new Map<string, TBinding[]>();
  for (const binding of bindings) {
    for (const subject of binding.subjects) {
      const list = bySubject.get(subject.key);
      if (list) list.push(binding);
      else bySubject.set(subject.key, [binding]);
    }
  }
  return { bindings, bySubject, clusterRoles, roles };
}

export function rbacIndex(ctx: TCheckContext): TRbacIndex {
  return ctx.shared("rbac:index", () => buildRbacIndex((kind) => ctx.objects(kind)));
}

/** "ClusterRoleBinding `x`" / "RoleBinding `ns/x`": how messages name a binding. */
export function bindingLabel(binding: TBinding): string {
  return binding.kind === "RoleBinding" ? `RoleBinding \`${binding.namespace}/${binding.ref.name}\`` : `ClusterRoleBinding \`${binding.ref.name}\``;
}

export function roleLabel(binding: TBinding): string {
  return `${binding.roleRef.kind} \`${binding.roleRef.name}\``;
}

/** Non-system bindings: the ones every binding-level check evaluates (bootstrap ones would flood). */
export function evaluatedBindings(index: TRbacIndex): TBinding[] {
  return index.bindings.filter((binding) => !binding.systemProvided);
}
