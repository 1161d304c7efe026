// The permission set the fake API server enforces on reads and reports through
// SelfSubjectRulesReview / SelfSubjectAccessReview: RBAC-shaped rules, cluster-wide and per namespace.
import { asRecord, asString } from "../../checks/access";

export interface TPolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}

export interface TNonResourceRule {
  nonResourceURLs: string[];
  verbs: string[];
}

export interface TPermissionSet {
  /** Rules that hold everywhere (ClusterRoleBindings). */
  cluster: TPolicyRule[];
  /** Rules that hold in one namespace only (RoleBindings). */
  namespaces?: Record<string, TPolicyRule[]>;
  nonResource?: TNonResourceRule[];
}

export type TPermissionPreset = "read-only" | "cluster-admin";

/** What every authenticated user may do (system:basic-user): ask what it may do. */
const SELF_REVIEW: TPolicyRule = { apiGroups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], verbs: ["create"] };

export const PERMISSION_PRESETS: Record<TPermissionPreset, TPermissionSet> = {
  // What Ramparts asks for: read everything, change nothing.
  "read-only": {
    cluster: [{ apiGroups: ["*"], resources: ["*"], verbs: ["get", "list", "watch"] }],
    nonResource: [{ nonResourceURLs: ["*"], verbs: ["get"] }],
  },
  "cluster-admin": {
    cluster: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }],
    nonResource: [{ nonResourceURLs: ["*"], verbs: ["*"] }],
  },
};

export interface TResourceAttributes {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

const has = (list: string[], value: string) => list.includes("*") || list.includes(value);

function ruleAllows(rule: TPolicyRule, request: TResourceAttributes): boolean {
  const resource = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
  return has(rule.verbs, request.verb) && has(rule.apiGroups, request.group) && has(rule.resources, resource)
    && (!rule.resourceNames?.length || (request.name !== undefined && rule.resourceNames.includes(request.name)));
}

/** Rules in force for a request in `namespace` (undefined = cluster scope, e.g. a cluster-wide list). */
export function rulesFor(permissions: TPermissionSet, namespace: string | undefined): TPolicyRule[] {
  return [SELF_REVIEW, ...permissions.cluster, ...(namespace ? (permissions.namespaces?.[namespace] ?? []) : [])];
}

export function isAllowed(permissions: TPermissionSet, request: TResourceAttributes): boolean {
  return rulesFor(permissions, request.namespace).some((rule) => ruleAllows(rule, request));
}

function nonResourceAllowed(permissions: TPermissionSet, path: string, verb: string): boolean {
  return (permissions.nonResource ?? []).some((rule) =>
    has(rule.verbs, verb) && rule.nonResourceURLs.some((url) => url === "*" || url === path || (url.endsWith("*") && path.startsWith(url.slice(0, -1)))));
}

/** The status of a SelfSubjectRulesReview for `spec.namespace`. */
export function rulesReview(permissions: TPermissionSet, body: unknown): Record<string, unknown> {
  const spec = asRecord(asRecord(body)?.spec) ?? {};
  return {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SelfSubjectRulesReview",
    metadata: {},
    spec,
    status: {
      resourceRules: rulesFor(permissions, asString(spec.namespace) || undefined),
      nonResourceRules: permissions.nonResource ?? [],
      incomplete: false,
    },
  };
}

/** The status of a SelfSubjectAccessReview (resource or non-resource attributes). */
export function accessReview(permissions: TPermissionSet, body: unknown): Record<string, unknown> {
  const spec = asRecord(asRecord(body)?.spec) ?? {};
  const resource = asRecord(spec.resourceAttributes);
  const nonResource = asRecord(spec.nonResourceAttributes);
  let allowed = false;
  if (resource) {
    allowed = isAllowed(permissions, {
      verb: asString(resource.verb) ?? "",
      group: asString(resource.group) ?? "",
      resource: asString(resource.resource) ?? "",
      subresource: asString(resource.subresource) || undefined,
      namespace: asString(resource.namespace) || undefined,
      name: asString(resource.name) || undefined,
    });
  } else if (nonResource) {
    allowed = nonResourceAllowed(permissions, asString(nonResource.path) ?? "", asString(nonResource.verb) ?? "");
  }
  return {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SelfSubjectAccessReview",
    metadata: {},
    spec,
    status: allowed ? { allowed: true, reason: "allowed by the fake API server's permission set" } : { allowed: false },
  };
}
