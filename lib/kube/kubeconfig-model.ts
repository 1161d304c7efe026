// The typed model of a validated kubeconfig, its error, and the advice Ramparts gives when it
// refuses one. Credentials live in Redacted boxes so that a stray JSON.stringify or console.log
// of a parsed kubeconfig prints "[redacted]" instead of a token or a private key.
import { AppError } from "../errors";

/** Pasted or uploaded kubeconfigs above this size are refused before parsing. */
export const MAX_KUBECONFIG_BYTES = 256 * 1024;

const REDACTED = "[redacted]";
const MAX_PROBLEMS = 20;

export class Redacted {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  /** The secret itself: only for building the client, or for encrypting it at rest. */
  reveal(): string {
    return this.#value;
  }
  toJSON(): string {
    return REDACTED;
  }
  toString(): string {
    return REDACTED;
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return REDACTED;
  }
}

export interface TKubeCluster {
  name: string;
  /** Without a trailing slash. */
  server: string;
  /** base64 PEM, as in certificate-authority-data. Not secret. */
  caData?: string;
  tlsServerName?: string;
  skipTLSVerify: boolean;
  /** http(s) only; may carry proxy credentials, hence redacted. */
  proxyUrl?: Redacted;
}

export type TAuthMethod = "token" | "client-certificate";

export type TKubeUserAuth =
  | { method: "token"; token: Redacted }
  | { method: "client-certificate"; certData: string; keyData: Redacted };

export interface TKubeUser {
  name: string;
  auth: TKubeUserAuth;
}

/** One context with everything it refers to, checked. Usable when `problems` is empty. */
export interface TKubeconfigContext {
  name: string;
  namespace?: string;
  clusterName?: string;
  userName?: string;
  cluster: TKubeCluster | null;
  user: TKubeUser | null;
  /** Why Ramparts cannot use this context (names fields and entries, never values). */
  problems: string[];
  /** Usable, but a person should know (insecure-skip-tls-verify, plain http, expiring certificate). */
  warnings: string[];
}

export interface TUsableContext extends TKubeconfigContext {
  cluster: TKubeCluster;
  user: TKubeUser;
}

export interface TParsedKubeconfig {
  currentContext?: string;
  contexts: TKubeconfigContext[];
}

/** A kubeconfig Ramparts cannot use. `problems` is safe to show: it never holds a credential. */
export class KubeconfigError extends AppError {
  constructor(
    message: string,
    readonly problems: string[] = [message],
    code: "validation_failed" | "payload_too_large" = "validation_failed",
  ) {
    super(code, "kubeconfigProblem", { detail: message }, { problems });
    this.name = "KubeconfigError";
  }

  /** One error for several problems; a hostile file cannot make the list (or the message) huge. */
  static of(headline: string, all: string[]): KubeconfigError {
    const problems = all.length > MAX_PROBLEMS ? [...all.slice(0, MAX_PROBLEMS), `…and ${all.length - MAX_PROBLEMS} more`] : all;
    const message = problems.length === 1 ? problems[0]! : `${headline}:\n${problems.map((problem) => `- ${problem}`).join("\n")}`;
    return new KubeconfigError(message, problems);
  }
}

const READER_SETUP =
  "Use a service-account token instead: `kubectl apply -f deploy/rbac/ramparts-reader.yaml`, then " +
  "`kubectl create token ramparts-reader -n ramparts --duration=8760h` (or the long-lived token of its " +
  "ramparts-reader-token Secret) as `token`; or a client certificate as client-certificate-data and client-key-data.";

const FLATTEN = "`kubectl config view --minify --flatten --context=NAME` writes a kubeconfig with files inlined";

export const ADVICE = {
  exec:
    "uses an exec credential plugin, which would run a program on the Ramparts server, so Ramparts refuses it. " + READER_SETUP,
  authProvider:
    "uses an auth-provider plugin (oidc, gcp, azure…), which would run plugin code and refresh tokens on the Ramparts server, so Ramparts refuses it. " +
    READER_SETUP,
  basicAuth: "uses a user name and password (basic authentication, removed from Kubernetes in 1.19). " + READER_SETUP,
  impersonation:
    "asks to impersonate another identity; Ramparts scans with its own identity so that its permission check tells the truth. Remove it and give Ramparts a read-only identity of its own. " +
    READER_SETUP,
  noCredential: "has no credential. " + READER_SETUP,
  file(field: string, inline: string): string {
    const how = inline === "token" ? "" : ` (${FLATTEN})`;
    return (
      `${field} names a file, and Ramparts never reads files of its own server for a kubeconfig: only the inline *-data fields and token are accepted. ` +
      `Put the content in ${inline} instead${how}.`
    );
  },
} as const;
