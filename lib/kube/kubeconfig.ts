// Untrusted kubeconfigs (pasted or uploaded, YAML or JSON) → a checked, typed model → a
// @kubernetes/client-node KubeConfig holding exactly one context, built with loadFromOptions so
// that nothing is ever read from the Ramparts server's files or environment.
import { KubeConfig, type Cluster, type Context, type User } from "@kubernetes/client-node";
import { z } from "zod";
import { checkCluster, checkUser, issueMessage, type TChecked } from "./kubeconfig-entries";
import { quote, readYaml } from "./kubeconfig-text";
import {
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
export function parseKubeconfig(text: string): TParsedKubeconfig {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_KUBECONFIG_BYTES) {
    throw new KubeconfigError(
      `The kubeconfig is ${(bytes / 1024).toFixed(1)} KiB; Ramparts accepts at most ${MAX_KUBECONFIG_BYTES / 1024} KiB. ` +
        "Give only the context Ramparts needs (`kubectl config view --minify --flatten --context=NAME`).",
      undefined,
      "payload_too_large",
    );
  }
  const document = readYaml(text);
  if (document === null || document === undefined) throw new KubeconfigError("The kubeconfig is empty.");
  if (typeof document !== "object" || Array.isArray(document)) {
    throw new KubeconfigError("The kubeconfig must be a YAML or JSON mapping with clusters, users and contexts.");
  }
  const kind = (document as { kind?: unknown }).kind;
  if (kind !== undefined && kind !== "Config") {
    const what = typeof kind === "string" && /^[A-Za-z]{1,63}$/.test(kind) ? `a ${kind} manifest` : "not a kubeconfig";
    throw new KubeconfigError(`This is ${what}: a kubeconfig has kind: Config, with clusters, users and contexts.`);
  }
  const top = ZKubeconfig.safeParse(document, { error: issueMessage });
  if (!top.success) {
    throw KubeconfigError.of(
      "The kubeconfig is malformed",
      top.error.issues.map((issue) => {
        const [section, index, ...rest] = issue.path;
        const where = typeof index === "number" ? `${String(section)}[${index}]: ${rest.join(".") || "entry"}` : String(section);
        return `${where} ${issue.message}`;
      }),
    );
  }
  const { clusters, users, contexts } = { clusters: top.data.clusters ?? [], users: top.data.users ?? [], contexts: top.data.contexts ?? [] };
  const duplicates = [...findDuplicates("clusters", clusters), ...findDuplicates("users", users), ...findDuplicates("contexts", contexts)];
  if (duplicates.length > 0) throw KubeconfigError.of("The kubeconfig is malformed", duplicates);
  if (contexts.length === 0) throw new KubeconfigError("The kubeconfig defines no context: Ramparts needs one that joins a cluster and a user.");

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
  const available = `available: ${names.map(quote).join(", ")}`;
  const wanted = contextName || parsed.currentContext || (names.length === 1 ? names[0] : undefined);
  if (wanted === undefined) throw new KubeconfigError(`The kubeconfig has no current-context; choose a context (${available}).`);
  const context = parsed.contexts.find((candidate) => candidate.name === wanted);
  if (!context) {
    const which = contextName ? `has no context ${quote(wanted)}` : `names current-context ${quote(wanted)}, which is not defined`;
    throw new KubeconfigError(`The kubeconfig ${which} (${available}).`);
  }
  if (context.problems.length > 0 || !context.cluster || !context.user) {
    throw KubeconfigError.of(`Context ${quote(wanted)} cannot be used`, context.problems);
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

/** What the UI may show about a kubeconfig: never a credential. */
export function describeKubeconfig(parsed: TParsedKubeconfig): { currentContext?: string; contexts: TContextDescription[] } {
  return {
    currentContext: parsed.currentContext,
    contexts: parsed.contexts.map((context) => ({
      name: context.name,
      current: context.name === parsed.currentContext,
      usable: context.problems.length === 0,
      serverHost: context.cluster ? new URL(context.cluster.server).host : undefined,
      authMethod: context.user?.auth.method,
      problems: context.problems,
      warnings: context.warnings,
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
    const problems = parsed.error.issues.map((issue) => `${label}: ${issue.path.join(".") || "context"} ${issue.message}`);
    return { name: entry.name, cluster: null, user: null, problems, warnings: [] };
  }
  const { cluster: clusterName, user: userName, namespace } = parsed.data;
  const problems: string[] = [];
  const cluster = clusterOf(clusterName);
  if (!cluster) problems.push(`context ${quote(entry.name)} names cluster ${quote(clusterName)}, which is not defined`);
  const user = userName === undefined ? undefined : userOf(userName);
  if (userName === undefined) problems.push(`context ${quote(entry.name)} names no user, and Ramparts needs credentials`);
  else if (!user) problems.push(`context ${quote(entry.name)} names user ${quote(userName)}, which is not defined`);
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

function findDuplicates(section: string, entries: TEntries): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const { name } of entries) {
    if (seen.has(name)) reported.add(name);
    seen.add(name);
  }
  return [...reported].map((name) => `${section}: two entries are named ${quote(name)}`);
}
