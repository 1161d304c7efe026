// Who a binding names: subjects normalised (a `system:serviceaccount:ns:name` user is that
// ServiceAccount), keyed for the per-subject index, and judged reportable or not.
import { asString, type TRecord } from "./access";

export interface TSubject {
  kind: "User" | "Group" | "ServiceAccount";
  name: string;
  namespace?: string;
  key: string;
  /** The subject as written in the binding (a patch that keeps it must keep it verbatim). */
  raw: TRecord;
}

/** Callers every client can act as: anyone on the network, or anyone with any credential. */
export const PUBLIC_GROUPS: ReadonlySet<string> = new Set(["system:unauthenticated", "system:authenticated"]);
export const ANONYMOUS_USER = "system:anonymous";

/** `system:serviceaccount:ns:name` users are ServiceAccounts under another spelling. */
export function subjectOf(raw: TRecord, bindingNamespace: string | undefined): TSubject | undefined {
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
