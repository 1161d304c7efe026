// Untrusted kubeconfigs (pasted or uploaded, YAML or JSON) → a checked, typed model → a
// @kubernetes/client-node KubeConfig holding exactly one context, built with loadFromOptions so
// that nothing is ever read from the Ramparts server's files or environment.
import { KubeConfig, type Cluster, type Context, type User } from "@kubernetes/client-node";
import { z } from "zod";
import { text, type TText } from "../checks/text";
import { checkTexts } from "../i18n/check-texts";
import { DEFAULT_LOCALE, type TLocale } from "../i18n/locale";
import { checkCluster, checkUser, fieldIssue, issueMessage, type TChecked } from "./kubeconfig-entries";
import { quote, readYaml } from "./kubeconfig-text";
import {
  at,
  KubeconfigError,
  MAX_KUBECONFIG_BYTES,
  type TAuthMethod,
  type TKubeCluster,
  type TKubeconfigContext,
  type TKubeUser,
  type TParsedKubeconfig,
  type TUsableContext,
} from "./kubeconfig-model";

export { KubeconfigError, MAX_KUBECONFIG_BYTES } from "./kubeconfig-model";
export type { TKubeconfigContext, TParsedKubeconfig, TUsableContext } from "./kubeconfig-model";

const ZNamed = z.looseObject({ name: z.string().min(1) });
const ZKubeconfig = z.looseObject({
  kind: z.string().optional(),
  clusters: z.array(ZNamed).nullish(),
  users: z.array(ZNamed).nullish(),
  contexts: z.array(ZNamed).nullish(),
  "current-context": z.string().nullish(),
});
const ZContext = z.looseObject({
  cluster: z.string().min(1),
  user: z.string().min(1).optional(),
  namespace: z.string().optional(),
});
type TEntries = z.infer<typeof ZNamed>[];

/** Parses and checks a kubeconfig; throws KubeconfigError (with every problem found) when it is unusable as a whole. */
export function parseKubeconfig(source: string): TParsedKubeconfig {
  const bytes = Buffer.byteLength(source, "utf8");
  if (bytes > MAX_KUBECONFIG_BYTES) {
    const size = text("kcTooLarge", { size: (bytes / 1024).toFixed(1), max: MAX_KUBECONFIG_BYTES / 1024 });
    throw new KubeconfigError(size, [size], "payload_too_large");
  }
  const document = readYaml(source);
  if (document === null || document === undefined) throw new KubeconfigError(text("kcEmpty"));
  if (typeof document !== "object" || Array.isArray(document)) {
    throw new KubeconfigError(text("kcNotMapping"));
  }
  const kind = (document as { kind?: unknown }).kind;
  if (kind !== undefined && kind !== "Config") {
    throw new KubeconfigError(typeof kind === "string" && /^[A-Za-z]{1,63}$/.test(kind) ? text("kcWrongKind", { kind }) : text("kcNotKubeconfig"));
  }
  const top = ZKubeconfig.safeParse(document, { error: issueMessage });
  if (!top.success) {
    throw KubeconfigError.of(
      text("kcMalformed"),
      top.error.issues.map((issue) => {
        const [section, index, ...rest] = issue.path;
        return typeof index === "number"
          ? at(`${String(section)}[${index}]`, fieldIssue(rest.join(".") || "entry", issue.message))
          : fieldIssue(String(section), issue.message);
      }),
    );
  }
  const { clusters, users, contexts } = { clusters: top.data.clusters ?? [], users: top.data.users ?? [], contexts: top.data.contexts ?? [] };
  const duplicates = [...findDuplicates("clusters", clusters), ...findDuplicates("users", users), ...findDuplicates("contexts", contexts)];
  if (duplicates.length > 0) throw KubeconfigError.of(text("kcMalformed"), duplicates);
  if (contexts.length === 0) throw new KubeconfigError(text("kcNoContext"));

  const clusterOf = lookup(clusters, "clusters", checkCluster);
  const userOf = lookup(users, "users", checkUser);
  return {
    currentContext: top.data["current-context"] || undefined,
    contexts: contexts.map((entry, index) => checkContext(entry, index, clusterOf, userOf)),
  };
}

export function listContexts(parsed: TParsedKubeconfig): string[] {
  return parsed.contexts.map((context) => context.name);
}

/** The requested context (default: current-context, or the only one); throws naming the available ones. */
export function selectContext(parsed: TParsedKubeconfig, contextName?: string): TUsableContext {
  const names = listContexts(parsed);
  const available = names.map(quote).join(", ");
  const wanted = contextName || parsed.currentContext || (names.length === 1 ? names[0] : undefined);
  if (wanted === undefined) throw new KubeconfigError(text("kcNoCurrentContext", { available }));
  const context = parsed.contexts.find((candidate) => candidate.name === wanted);
  if (!context) {
    throw new KubeconfigError(contextName ? text("kcNoSuchContext", { name: quote(wanted), available }) : text("kcUndefinedCurrent", { name: quote(wanted), available }));
  }
  if (context.problems.length > 0 || !context.cluster || !context.user) {
    throw KubeconfigError.of(text("kcContextUnusable", { name: quote(wanted) }), context.problems);
  }
  return context as TUsableContext;
}

/** A client-node KubeConfig holding the selected context only. */
export function toKubeConfig(parsed: TParsedKubeconfig, contextName?: string): KubeConfig {
  const { name, namespace, cluster, user } = selectContext(parsed, contextName);
  const clientCluster: Cluster = {
    name: cluster.name,
    server: cluster.server,
    caData: cluster.caData,
    tlsServerName: cluster.tlsServerName,
    skipTLSVerify: cluster.skipTLSVerify,
    proxyUrl: cluster.proxyUrl?.reveal(),
  };
  const clientUser: User =
    user.auth.method === "token"
      ? { name: user.name, token: user.auth.token.reveal() }
      : { name: user.name, certData: user.auth.certData, keyData: user.auth.keyData.reveal() };
  const clientContext: Context = { name, cluster: cluster.name, user: user.name, namespace };
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({ clusters: [clientCluster], users: [clientUser], contexts: [clientContext], currentContext: name });
  return kubeConfig;
}

export interface TContextDescription {
  name: string;
  current: boolean;
  usable: boolean;
  /** host[:port] of the API server; never the path, a credential or the proxy. */
  serverHost?: string;
  authMethod?: TAuthMethod;
  problems: string[];
  warnings: string[];
}

/** What the UI may show about a kubeconfig, in the reader's language: never a credential. */
export function describeKubeconfig(parsed: TParsedKubeconfig, locale: TLocale = DEFAULT_LOCALE): { currentContext?: string; contexts: TContextDescription[] } {
  const { say } = checkTexts(locale);
  return {
    currentContext: parsed.currentContext,
    contexts: parsed.contexts.map((context) => ({
      name: context.name,
      current: context.name === parsed.currentContext,
      usable: context.problems.length === 0,
      serverHost: context.cluster ? new URL(context.cluster.server).host : undefined,
      authMethod: context.user?.auth.method,
      problems: context.problems.map(say),
      warnings: context.warnings.map(say),
    })),
  };
}

/**
 * The selected context alone as kubeconfig text (JSON, which every YAML reader reads): what is
 * encrypted and stored, so that the other contexts' credentials of a pasted file are not kept.
 */
export function minifyKubeconfig(parsed: TParsedKubeconfig, contextName?: string): string {
  const { name, namespace, cluster, user } = selectContext(parsed, contextName);
  const auth =
    user.auth.method === "token"
      ? { token: user.auth.token.reveal() }
      : { "client-certificate-data": user.auth.certData, "client-key-data": user.auth.keyData.reveal() };
  return JSON.stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{
      name: cluster.name,
      cluster: {
        server: cluster.server,
        "certificate-authority-data": cluster.caData,
        "insecure-skip-tls-verify": cluster.skipTLSVerify || undefined,
        "tls-server-name": cluster.tlsServerName,
        "proxy-url": cluster.proxyUrl?.reveal(),
      },
    }],
    users: [{ name: user.name, user: auth }],
    contexts: [{ name, context: { cluster: cluster.name, user: user.name, namespace } }],
    "current-context": name,
  });
}

function checkContext(
  entry: TEntries[number],
  index: number,
  clusterOf: (name: string) => TChecked<TKubeCluster> | undefined,
  userOf: (name: string) => TChecked<TKubeUser> | undefined,
): TKubeconfigContext {
  const label = `contexts[${index}] ${quote(entry.name)}`;
  const parsed = ZContext.safeParse(entry.context, { error: issueMessage });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => at(label, fieldIssue(issue.path.join(".") || "context", issue.message)));
    return { name: entry.name, cluster: null, user: null, problems, warnings: [] };
  }
  const { cluster: clusterName, user: userName, namespace } = parsed.data;
  const problems: TText[] = [];
  const cluster = clusterOf(clusterName);
  if (!cluster) problems.push(text("kcUnknownCluster", { context: quote(entry.name), cluster: quote(clusterName) }));
  const user = userName === undefined ? undefined : userOf(userName);
  if (userName === undefined) problems.push(text("kcNoUser", { context: quote(entry.name) }));
  else if (!user) problems.push(text("kcUnknownUser", { context: quote(entry.name), user: quote(userName) }));
  problems.push(...(cluster?.problems ?? []), ...(user?.problems ?? []));
  return {
    name: entry.name,
    namespace,
    clusterName,
    userName,
    cluster: cluster?.value ?? null,
    user: user?.value ?? null,
    problems,
    warnings: [...(cluster?.warnings ?? []), ...(user?.warnings ?? [])],
  };
}

/** Checks an entry the first time a context refers to it; unreferenced entries are ignored, as kubectl does. */
function lookup<T>(
  entries: TEntries,
  section: string,
  check: (raw: Record<string, unknown>, label: string, name: string) => TChecked<T>,
): (name: string) => TChecked<T> | undefined {
  const checked = new Map<string, TChecked<T>>();
  return (name) => {
    const index = entries.findIndex((entry) => entry.name === name);
    if (index < 0) return undefined;
    if (!checked.has(name)) checked.set(name, check(entries[index]!, `${section}[${index}] ${quote(name)}`, name));
    return checked.get(name);
  };
}

function findDuplicates(section: string, entries: TEntries): TText[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const { name } of entries) {
    if (seen.has(name)) reported.add(name);
    seen.add(name);
  }
  return [...reported].map((name) => text("kcDuplicate", { section, name: quote(name) }));
}
