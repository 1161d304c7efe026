// NetworkPolicy selection index: policies grouped by namespace, selectors compiled once, policy
// types defaulted as the API server does. Built once per evaluation (ctx.shared) so that checks
// only ever cross a namespace's pods with that namespace's policies, never all pods × all policies.
import { asArray, asRecord, asRecords, asString, get, nameOf, type TRecord } from "./access";
import type { TCheckContext } from "./context";
import { objectRef } from "./context";
import { namespaceOrDefault } from "./namespace-scope";
import { compileSelector, type TSelector } from "./selectors";
import type { TKubeObject, TObjectRef } from "./types";

export interface TPeer {
  raw: TRecord;
  /** Absent when the peer has no podSelector (peer semantics: absent ≠ `{}`). */
  podSelector?: TSelector;
  namespaceSelector?: TSelector;
  ipBlock?: { cidr: string; except: string[] };
}

export interface TPolicyRule {
  raw: TRecord;
  /** `from` / `to` absent or empty: the rule matches every source (or destination). */
  allPeers: boolean;
  peers: TPeer[];
  ports: TRecord[];
}

export interface TPolicy {
  object: TKubeObject;
  ref: TObjectRef;
  name: string;
  namespace: string;
  /** spec.podSelector is a non-pointer field: absent means `{}`, every pod of the namespace. */
  podSelector: TSelector;
  /** Effective policyTypes (defaulted like the API server when the field is empty). */
  ingress: boolean;
  egress: boolean;
  ingressRules: TPolicyRule[];
  egressRules: TPolicyRule[];
}

export interface TNetpolIndex {
  byNamespace: ReadonlyMap<string, readonly TPolicy[]>;
}

function peerOf(raw: TRecord): TPeer {
  const peer: TPeer = { raw };
  if (raw.podSelector !== undefined && raw.podSelector !== null) peer.podSelector = compileSelector(raw.podSelector);
  if (raw.namespaceSelector !== undefined && raw.namespaceSelector !== null) {
    peer.namespaceSelector = compileSelector(raw.namespaceSelector);
  }
  const ipBlock = asRecord(raw.ipBlock);
  const cidr = asString(ipBlock?.cidr);
  if (ipBlock && cidr !== undefined) {
    peer.ipBlock = { cidr, except: asArray(ipBlock.except).filter((entry): entry is string => typeof entry === "string") };
  }
  return peer;
}

function rulesOf(value: unknown, peersField: "from" | "to"): TPolicyRule[] {
  return asRecords(value).map((raw) => {
    const peers = asRecords(raw[peersField]).map(peerOf);
    return { raw, allPeers: asArray(raw[peersField]).length === 0, peers, ports: asRecords(raw.ports) };
  });
}

/** Reads one NetworkPolicy; never throws (guarded accessors throughout). */
export function policyOf(object: TKubeObject): TPolicy {
  const spec = asRecord(object.spec) ?? {};
  const ingressRules = rulesOf(spec.ingress, "from");
  const egressRules = rulesOf(spec.egress, "to");
  const types = asArray(spec.policyTypes).filter((type): type is string => typeof type === "string");
  // API defaulting: no policyTypes → Ingress always, Egress when the policy has egress rules.
  const ingress = types.length === 0 ? true : types.includes("Ingress");
  const egress = types.length === 0 ? asArray(spec.egress).length > 0 : types.includes("Egress");
  return {
    object,
    ref: objectRef(object),
    name: nameOf(object),
    namespace: namespaceOrDefault(object),
    podSelector: compileSelector(get(object, "spec", "podSelector"), "everything"),
    ingress,
    egress,
    ingressRules,
    egressRules,
  };
}

export function networkPolicyIndex(ctx: TCheckContext): TNetpolIndex {
  return ctx.shared("netpol:index", () => {
    const byNamespace = new Map<string, TPolicy[]>();
    for (const object of ctx.objects("NetworkPolicy")) {
      const policy = policyOf(object);
      const list = byNamespace.get(policy.namespace);
      if (list) list.push(policy);
      else byNamespace.set(policy.namespace, [policy]);
    }
    return { byNamespace };
  });
}

export function policiesIn(index: TNetpolIndex, namespace: string): readonly TPolicy[] {
  return index.byNamespace.get(namespace) ?? [];
}

/** Policies of `namespace` whose podSelector selects pods with `labels`. */
export function policiesSelecting(index: TNetpolIndex, namespace: string, labels: Record<string, string>): TPolicy[] {
  return policiesIn(index, namespace).filter((policy) => policy.podSelector.matches(labels));
}

const DNS_PORTS = new Set(["53", "dns", "dns-tcp"]);

/** A rule that only opens DNS (port 53 UDP/TCP, or the named dns ports): still a default deny. */
export function isDnsOnlyRule(rule: TPolicyRule): boolean {
  if (rule.ports.length === 0) return false;
  return rule.ports.every((port) => {
    const value = port.port;
    const protocol = asString(port.protocol) ?? "TCP";
    const endPort = port.endPort;
    return (protocol === "UDP" || protocol === "TCP") &&
      (typeof value === "number" || typeof value === "string") && DNS_PORTS.has(String(value)) &&
      (endPort === undefined || endPort === null || String(endPort) === "53");
  });
}

/** Empty podSelector, Ingress among its types, no ingress rule: every pod denies ingress by default. */
export function isDefaultDenyIngress(policy: TPolicy): boolean {
  return policy.podSelector.selectsAll && policy.ingress && policy.ingressRules.length === 0;
}

/** Empty podSelector, Egress among its types, and no egress rule other than a DNS allowance. */
export function isDefaultDenyEgress(policy: TPolicy): boolean {
  return policy.podSelector.selectsAll && policy.egress && policy.egressRules.every(isDnsOnlyRule);
}
