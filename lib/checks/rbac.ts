// Effective RBAC permissions, resolved once per evaluation (ctx.shared): every binding joined to
// its role, ClusterRole aggregation followed (transitively, as the controller's output would be),
// subjects normalised, and an index per subject. Checks then ask "does this binding grant X?"
// in O(rules of its role), never subjects × roles. Matching follows the upstream authorizer
// (rbac/v1 helpers VerbMatches, APIGroupMatches, ResourceMatches, ResourceNameMatches).
import { asArray, asRecord, asRecords, asString, kindOf, labelsOf, nameOf, namespaceOf, type TRecord } from "./access";
import type { TCheckContext } from "./context";
import { objectRef } from "./context";
import { BUILTIN_CLUSTER_ROLES } from "./rbac-builtin";
import { compileSelector } from "./selectors";
import type { TKubeObject, TObjectRef } from "./types";

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

export interface TSubject {
  kind: "User" | "Group" | "ServiceAccount";
  name: string;
  namespace?: string;
  key: string;
  /** The subject as written in the binding (a patch that keeps it must keep it verbatim). */
  raw: TRecord;
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

/** Callers every client can act as: anyone on the network, or anyone with any credential. */
export const PUBLIC_GROUPS: ReadonlySet<string> = new Set(["system:unauthenticated", "system:authenticated"]);
export const ANONYMOUS_USER = "system:anonymous";

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
    ref: builtIn ? { apiVersion: "rbac.authorization.k8s.io/v1", kind, name } : objectRef(object),
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
  const selected = new Map<string, TRole[]>();
  for (const role of aggregating) {
    const selectors = asRecords(asRecord(role.object?.aggregationRule)?.clusterRoleSelectors).map((raw) => compileSelector(raw));
    const picks: TRole[] = [];
    for (const candidate of clusterRoles.values()) {
      if (candidate === role || !candidate.object) continue;
      const labels = labelsOf(candidate.object);
      if (selectors.some((selector) => selector.matches(labels))) picks.push(candidate);
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

/** `system:serviceaccount:ns:name` users are ServiceAccounts under another spelling. */
function subjectOf(raw: TRecord, bindingNamespace: string | undefined): TSubject | undefined {
  const kind = asString(raw.kind);
  const name = asString(raw.name);
  if (!name) return undefined;
  if (kind === "ServiceAccount" || (kind === "User" && name.startsWith("system:serviceaccount:"))) {
    const [namespace, saName] = kind === "ServiceAccount"
      ? [asString(raw.namespace) || bindingNamespace || "default", name]
      : name.slice("system:serviceaccount:".length).split(":", 2);
    if (!namespace || !saName) return undefined;
    return { kind: "ServiceAccount", name: saName, namespace, key: serviceAccountKey(namespace, saName), raw };
  }
  if (kind === "User" || kind === "Group") return { kind, name, key: `${kind}:${name}`, raw };
  return undefined;
}

export function serviceAccountKey(namespace: string, name: string): string {
  return `ServiceAccount:${namespace}/${name}`;
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
  for (const object of objectsOf("Role")) {
    if (kindOf(object) !== "Role" || !nameOf(object)) continue;
    const role = roleOf(object, "Role", false);
    role.rules = role.ownRules;
    roles.set(`${namespaceOf(object) ?? "default"}/${role.name}`, role);
  }
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

/**
 * Subjects a finding is about. Kubernetes' own identities (system:* users and groups: nodes,
 * controllers, bootstrappers, system:masters) are left to the bootstrap policy, but the groups
 * that mean "everyone" and ServiceAccounts (workload identities anyone may run as) always count.
 */
export function isReportableSubject(subject: TSubject): boolean {
  if (subject.kind === "ServiceAccount") return true;
  if (subject.kind === "User" && subject.name === ANONYMOUS_USER) return true;
  if (subject.kind === "Group" && (PUBLIC_GROUPS.has(subject.name) || subject.name === "system:serviceaccounts" ||
    subject.name.startsWith("system:serviceaccounts:"))) return true;
  return !subject.name.startsWith("system:");
}

export function subjectLabel(subject: TSubject): string {
  return subject.kind === "ServiceAccount" ? `ServiceAccount ${subject.namespace}/${subject.name}` : `${subject.kind} ${subject.name}`;
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
