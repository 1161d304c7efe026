// In-cluster mode: Ramparts scans the cluster it runs in, as the service account of its pod.
// Built by hand rather than with KubeConfig.loadFromCluster so that configuration is read
// through lib/env.ts, and "not in a cluster" is a clear error instead of a broken URL.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isIPv6 } from "node:net";
import { join } from "node:path";
import { KubeConfig, type User } from "@kubernetes/client-node";
import { env } from "../env";
import { text, type TText } from "../checks/text";
import { AppError } from "../errors";
import { checkTexts } from "../i18n/check-texts";
import type { TLocale } from "../i18n/locale";

export const SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";
const CONTEXT = "in-cluster";
const PROVIDER = "ramparts-service-account";
const TOKEN_MAX_AGE_MS = 60_000;

// client-node does not export its Authenticator interface from the package root.
type Authenticator = Parameters<KubeConfig["addAuthenticator"]>[0];

/** `text`: the same as the (English) message, as a catalogue text for readers in either language. */
export class InClusterUnavailableError extends AppError {
  readonly text: TText;

  constructor(reason: TText) {
    const said = text("inClusterUnavailable", { reason });
    super("bad_request", "inClusterUnavailable", { reason: checkTexts("en").say(reason) });
    this.name = "InClusterUnavailableError";
    this.text = said;
  }

  override messageIn(locale: TLocale): string {
    return checkTexts(locale).say(this.text);
  }
}

export interface TInClusterOptions {
  /** Tests point these elsewhere; by default they come from the pod's environment. */
  serviceAccountDir?: string;
  host?: string;
  port?: string;
}

export function inClusterKubeConfig(options: TInClusterOptions = {}): KubeConfig {
  const host = options.host ?? env().KUBERNETES_SERVICE_HOST;
  const portText = options.port ?? env().KUBERNETES_SERVICE_PORT;
  const dir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR;
  if (!host) throw new InClusterUnavailableError(text("inClusterNoHost"));
  const port = Number(portText);
  if (!portText || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InClusterUnavailableError(text("inClusterNoPort"));
  }
  const tokenFile = join(dir, "token");
  const caData = readServiceAccountFile(join(dir, "ca.crt")).toString("base64");
  // Read now only to fail early; requests re-read it (see ServiceAccountTokenAuth).
  if (readServiceAccountFile(tokenFile).toString("utf8").trim() === "") {
    throw new InClusterUnavailableError(text("inClusterEmptyToken", { path: tokenFile }));
  }
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: CONTEXT, server: `https://${isIPv6(host) ? `[${host}]` : host}:${port}`, caData, skipTLSVerify: false }],
    users: [{ name: CONTEXT, authProvider: { name: PROVIDER, config: {} } }],
    contexts: [{ name: CONTEXT, cluster: CONTEXT, user: CONTEXT }],
    currentContext: CONTEXT,
  });
  kubeConfig.addAuthenticator(new ServiceAccountTokenAuth(tokenFile));
  return kubeConfig;
}

/**
 * The kubelet rotates projected service-account tokens (about hourly), so a long-running worker
 * re-reads the file once a minute, as client-go does. client-node's own tokenFile provider does
 * the same but sends the file's trailing newline inside the Authorization header.
 */
class ServiceAccountTokenAuth implements Authenticator {
  private token = "";
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly path: string) {}

  isAuthProvider(user: User): boolean {
    return (user.authProvider as { name?: unknown } | undefined)?.name === PROVIDER;
  }

  async applyAuthentication(_user: User, options: { headers?: Record<string, unknown> }): Promise<void> {
    if (Date.now() - this.readAt > TOKEN_MAX_AGE_MS) {
      this.token = (await readFile(this.path, "utf8")).trim();
      this.readAt = Date.now();
    }
    options.headers = { ...options.headers, Authorization: `Bearer ${this.token}` };
  }
}

function readServiceAccountFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new InClusterUnavailableError(text("inClusterUnreadable", { path, code }));
  }
}
