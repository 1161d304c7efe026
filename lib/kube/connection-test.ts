// The connection test a person runs before saving a cluster, and on demand: can Ramparts reach
// the API server, which version is it, may these credentials list every resource type the
// collector reads, and can they do more than read (a scanner holding write rights is itself a
// risk). Every failure comes back as data with a message a person can act on, never as a throw.
//
// SelfSubjectAccessReview (cluster-wide, verb list) is the authority for each resource type: the
// collector lists cluster-wide. SelfSubjectRulesReview is per namespace and may be incomplete
// (webhook authorizers), so it only adds detail where it is cheap: the namespaces in which a type
// denied cluster-wide can still be read, and write rules granted inside a namespace.
import type { KubeConfig, V1ResourceRule } from "@kubernetes/client-node";
import { text, type TText } from "../checks/text";
import { checkTexts } from "../i18n/check-texts";
import { CollectSession, RequestFailed } from "./collect-session";
import type { TCollectionErrorKind } from "./errors";
import { CollectionStopped, describeFailure, fatalError, unansweredError } from "./request-failure";
import { COLLECTED_RESOURCES } from "./resources";

export type TPermission = "allowed" | "denied" | "unknown";

export interface TPermissionRow {
  kind: string;
  plural: string;
  apiGroup: string;
  namespaced: boolean;
  /** May the credentials list this type cluster-wide (what the collector does)? */
  list: TPermission;
  /** When denied cluster-wide: the reviewed namespaces where the rules still allow listing. */
  allowedIn?: string[];
  /** Why the answer is unknown, or what the authorizer said (its own words). Never a credential. */
  note?: string;
  /** The note as a catalogue text, when Ramparts worded it. */
  noteText?: TText;
}

/** A write-capable action allowed cluster-wide (from a SelfSubjectAccessReview). */
export interface TWriteGrant {
  verb: string;
  resource: string;
  apiGroup: string;
}

/** A rule with write verbs in force in some namespaces (from SelfSubjectRulesReviews). */
export interface TNamespaceWriteRule {
  namespaces: string[];
  verbs: string[];
  resources: string[];
  apiGroups: string[];
}

export type TConnectionFailureKind = TCollectionErrorKind | "other";

export interface TConnectionFailure {
  kind: TConnectionFailureKind;
  message: string;
  text?: TText;
}

function failureOf(kind: TConnectionFailureKind, said: TText): TConnectionFailure {
  return { kind, message: checkTexts("en").say(said), text: said };
}

export interface TConnectionTestResult {
  /** Reached, and the credentials were accepted. */
  ok: boolean;
  testedAt: string;
  durationMs: number;
  serverVersion?: { major?: string; minor?: string; gitVersion?: string };
  /** `message` in English; `text` the same as a catalogue text, which the API answers in the reader's language. */
  failure?: TConnectionFailure;
  permissions: TPermissionRow[];
  summary: { allowed: number; denied: number; unknown: number; total: number };
  writeAccess: TWriteGrant[];
  namespaceWriteRules: TNamespaceWriteRule[];
  /** Any write right at all: the UI warns loudly and links deploy/rbac/ramparts-reader.yaml. */
  overPrivileged: boolean;
  /** Namespaces whose rules were reviewed; `incomplete` when the server said its answer may miss rules. */
  rulesReviewed: { namespaces: string[]; incomplete: boolean };
}

export interface TConnectionTestOptions {
  requestTimeoutMs?: number;
  /** The whole test gives up past this. */
  deadlineMs?: number;
  /** Reviews in flight at once. */
  concurrency?: number;
  /** Namespaces reviewed with SelfSubjectRulesReview when some types are denied cluster-wide. */
  maxNamespaces?: number;
  now?: () => Date;
}

const RBAC = "rbac.authorization.k8s.io";
const WRITE_VERBS = ["create", "update", "patch", "delete"] as const;
const WRITE_TARGETS = [
  { apiGroup: "", resource: "pods" },
  { apiGroup: "", resource: "secrets" },
  { apiGroup: "apps", resource: "deployments" },
  { apiGroup: RBAC, resource: "clusterrolebindings" },
];
/** What a read-only scanner must not be able to do; `*` on `*` is matched only by wildcard rules (cluster-admin). */
export const WRITE_PROBES: readonly TWriteGrant[] = [
  ...WRITE_VERBS.flatMap((verb) => WRITE_TARGETS.map((target) => ({ verb, ...target }))),
  { verb: "escalate", apiGroup: RBAC, resource: "clusterroles" },
  { verb: "bind", apiGroup: RBAC, resource: "clusterroles" },
  { verb: "impersonate", apiGroup: "", resource: "users" },
  { verb: "impersonate", apiGroup: "", resource: "serviceaccounts" },
  { verb: "*", apiGroup: "*", resource: "*" },
];

const READ_VERBS = new Set(["get", "list", "watch"]);
// Every authenticated identity may create these (system:basic-user): asking what one may do is not writing.
const SELF_REVIEWS = new Set(["selfsubjectaccessreviews", "selfsubjectrulesreviews", "selfsubjectreviews"]);
const MAX_NOTE = 200;
const MAX_LISTED = 12;

const clip = (words: string) => (words.length > MAX_NOTE ? `${words.slice(0, MAX_NOTE - 1)}…` : words);
const capList = (items: string[]) => (items.length > MAX_LISTED ? [...items.slice(0, MAX_LISTED), `…+${items.length - MAX_LISTED}`] : items);

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await task(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** A failure that ends the test (unreachable, TLS, 401); everything else is recorded per row. */
class TestStopped extends Error {
  constructor(readonly failure: TConnectionFailure) {
    super(failure.message);
  }
}

export async function testConnection(kubeConfig: KubeConfig, options: TConnectionTestOptions = {}): Promise<TConnectionTestResult> {
  const started = performance.now();
  const testedAt = (options.now ?? (() => new Date()))().toISOString();
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const deadlineMs = options.deadlineMs ?? 45_000;
  const session = new CollectSession(kubeConfig, {
    requestTimeoutMs,
    deadlineMs,
    maxAttempts: 2,
    backoff: { baseDelayMs: 200, maxDelayMs: 1_000, maxRetryAfterMs: 2_000, random: Math.random },
  });
  const result: TConnectionTestResult = {
    ok: false, testedAt, durationMs: 0, permissions: [], summary: { allowed: 0, denied: 0, unknown: 0, total: 0 },
    writeAccess: [], namespaceWriteRules: [], overPrivileged: false, rulesReviewed: { namespaces: [], incomplete: false },
  };

  /** A request whose failure either ends the test (thrown as TestStopped) or is returned for the row. */
  const send = async <T>(call: Parameters<CollectSession["send"]>[0]): Promise<{ value: T } | { failed: string }> => {
    try {
      return { value: (await session.send(call)) as T };
    } catch (error) {
      if (error instanceof CollectionStopped) {
        throw new TestStopped(session.deadlinePassed
          ? failureOf("timeout", text("connTestDeadline", { seconds: deadlineMs / 1000 }))
          : session.fatal ? failureOf(session.fatal.kind, session.fatal.text) : failureOf("other", text("connTestStopped")));
      }
      if (!(error instanceof RequestFailed)) throw error;
      const fatal = fatalError(error.failure, session.credential);
      if (fatal) {
        session.fail(fatal);
        throw new TestStopped(failureOf(fatal.kind, fatal.text));
      }
      return { failed: describeFailure(error.failure) };
    }
  };

  try {
    result.serverVersion = await probeVersion(session, requestTimeoutMs);
    const concurrency = options.concurrency ?? 6;
    const { authorization, core } = session.clients;
    const accessReview = async (verb: string, apiGroup: string, resource: string) =>
      send<{ status?: { allowed: boolean; reason?: string; evaluationError?: string } }>((callOptions) =>
        authorization.createSelfSubjectAccessReview(
          { body: { apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", spec: { resourceAttributes: { verb, group: apiGroup, resource } } } },
          callOptions,
        ));

    result.permissions = await mapLimit(COLLECTED_RESOURCES, concurrency, async (resource): Promise<TPermissionRow> => {
      const row: TPermissionRow = { kind: resource.kind, plural: resource.plural, apiGroup: resource.apiGroup, namespaced: resource.namespaced, list: "unknown" };
      const answer = await accessReview("list", resource.apiGroup, resource.plural);
      if ("failed" in answer) {
        const noteText = text("connReviewFailed", { failure: clip(answer.failed) });
        return { ...row, note: checkTexts("en").say(noteText), noteText };
      }
      const status = answer.value.status;
      const note = status?.evaluationError || (status?.allowed ? undefined : status?.reason);
      return { ...row, list: status?.allowed ? "allowed" : "denied", ...(note ? { note: clip(note) } : {}) };
    });
    const probes = await mapLimit(WRITE_PROBES, concurrency, async (probe) => ({ probe, answer: await accessReview(probe.verb, probe.apiGroup, probe.resource) }));
    result.writeAccess = probes.filter(({ answer }) => "value" in answer && answer.value.status?.allowed === true).map(({ probe }) => probe);

    const namespaces = await namespacesToReview(kubeConfig, result.permissions, options.maxNamespaces ?? 20, send, core);
    const reviews = await mapLimit(namespaces, concurrency, async (namespace) => ({
      namespace,
      answer: await send<{ status?: { resourceRules?: V1ResourceRule[]; incomplete?: boolean } }>((callOptions) =>
        authorization.createSelfSubjectRulesReview({ body: { apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectRulesReview", spec: { namespace } } }, callOptions)),
    }));
    const writeRules = new Map<string, TNamespaceWriteRule>();
    for (const { namespace, answer } of reviews) {
      if ("failed" in answer) continue;
      result.rulesReviewed.namespaces.push(namespace);
      if (answer.value.status?.incomplete) result.rulesReviewed.incomplete = true;
      const rules = answer.value.status?.resourceRules ?? [];
      for (const row of result.permissions) {
        if (row.list === "denied" && row.namespaced && rules.some((rule) => ruleAllows(rule, "list", row.apiGroup, row.plural))) {
          (row.allowedIn ??= []).push(namespace);
        }
      }
      for (const rule of rules.map(writePart).filter((rule): rule is Omit<TNamespaceWriteRule, "namespaces"> => rule !== null)) {
        const key = JSON.stringify(rule);
        const known = writeRules.get(key);
        if (known) known.namespaces.push(namespace);
        else writeRules.set(key, { ...rule, namespaces: [namespace] });
      }
    }
    result.namespaceWriteRules = [...writeRules.values()].map((rule) => ({ ...rule, verbs: capList(rule.verbs), resources: capList(rule.resources), apiGroups: capList(rule.apiGroups) }));
    result.ok = true;
  } catch (error) {
    if (!(error instanceof TestStopped)) throw error;
    result.failure = error.failure;
    result.permissions = [];
    result.writeAccess = [];
    result.namespaceWriteRules = [];
  } finally {
    await session.close();
  }
  for (const row of result.permissions) result.summary[row.list] += 1;
  result.summary.total = result.permissions.length;
  result.overPrivileged = result.writeAccess.length > 0 || result.namespaceWriteRules.length > 0;
  result.durationMs = Math.round(performance.now() - started);
  return result;
}

/** /version proves address, TLS and credentials in one cheap request (as the collector starts). */
async function probeVersion(session: CollectSession, requestTimeoutMs: number): Promise<TConnectionTestResult["serverVersion"]> {
  try {
    const info = await session.send((callOptions) => session.clients.version.getCode(undefined, callOptions));
    return { major: info.major, minor: info.minor, gitVersion: info.gitVersion };
  } catch (error) {
    if (error instanceof CollectionStopped) throw new TestStopped(failureOf("timeout", text("connVersionTimeout")));
    if (!(error instanceof RequestFailed)) throw error;
    const fatal = fatalError(error.failure, session.credential) ?? (error.failure.type === "status" && [403, 404].includes(error.failure.status) ? undefined : unansweredError(error.failure, error.attempts, requestTimeoutMs));
    if (fatal) throw new TestStopped(failureOf(fatal.kind, fatal.text));
    return undefined; // some clusters hide /version from some identities
  }
}

type TSend = <T>(call: Parameters<CollectSession["send"]>[0]) => Promise<{ value: T } | { failed: string }>;

/**
 * The context's namespace (or default), always: one cheap review finds write rules granted by a
 * RoleBinding there. When namespaced types are denied cluster-wide, also up to `max` namespaces
 * of the cluster, to say where they can still be read.
 */
async function namespacesToReview(
  kubeConfig: KubeConfig, rows: TPermissionRow[], max: number, send: TSend, core: CollectSession["clients"]["core"],
): Promise<string[]> {
  const home = kubeConfig.getContextObject(kubeConfig.getCurrentContext())?.namespace || "default";
  const wanted = new Set([home]);
  const someDenied = rows.some((row) => row.namespaced && row.list === "denied");
  const canListNamespaces = rows.find((row) => row.plural === "namespaces")?.list === "allowed";
  if (someDenied && canListNamespaces && max > 1) {
    const listed = await send<{ items?: { metadata?: { name?: string } }[] }>((callOptions) => core.listNamespace({ limit: max }, callOptions));
    if ("value" in listed) {
      for (const item of listed.value.items ?? []) if (item.metadata?.name && wanted.size < max) wanted.add(item.metadata.name);
    }
  }
  return [...wanted];
}

const matches = (list: string[] | undefined, value: string) => !!list && (list.includes("*") || list.includes(value));

function ruleAllows(rule: V1ResourceRule, verb: string, apiGroup: string, resource: string): boolean {
  return matches(rule.verbs, verb) && matches(rule.apiGroups, apiGroup) && matches(rule.resources, resource) && !rule.resourceNames?.length;
}

/** The write part of a rule (verbs beyond get/list/watch), or null; self-reviews are not writes. */
function writePart(rule: V1ResourceRule): Omit<TNamespaceWriteRule, "namespaces"> | null {
  const verbs = (rule.verbs ?? []).filter((verb) => !READ_VERBS.has(verb));
  const resources = rule.resources ?? [];
  if (verbs.length === 0 || resources.length === 0) return null;
  if (resources.every((resource) => SELF_REVIEWS.has(resource)) && verbs.every((verb) => verb === "create")) return null;
  return { verbs: [...verbs].sort(), resources: [...resources].sort(), apiGroups: [...(rule.apiGroups ?? [])].sort() };
}
