// The typed model of a validated kubeconfig, its error, and the advice Ramparts gives when it
// refuses one. Credentials live in Redacted boxes so that a stray JSON.stringify or console.log
// of a parsed kubeconfig prints "[redacted]" instead of a token or a private key.
import { text, type TText } from "../checks/text";
import { AppError } from "../errors";
import { checkTexts } from "../i18n/check-texts";
import type { TLocale } from "../i18n/locale";

export { MAX_KUBECONFIG_BYTES } from "./kubeconfig-limits";

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
  /** Why Ramparts cannot use this context (names fields and entries, never values), as catalogue texts. */
  problems: TText[];
  /** Usable, but a person should know (insecure-skip-tls-verify, plain http, expiring certificate). */
  warnings: TText[];
}

export interface TUsableContext extends TKubeconfigContext {
  cluster: TKubeCluster;
  user: TKubeUser;
}

export interface TParsedKubeconfig {
  currentContext?: string;
  contexts: TKubeconfigContext[];
}

/** English, for logs, the error's message and readers that have no language (the CLI's errors stay as before). */
export const inEnglish = (item: TText): string => checkTexts("en").say(item);

/**
 * A kubeconfig Ramparts cannot use. `texts` (catalogue texts, lib/checks/text.ts) is what a person
 * reads, in their language; `problems` the same in English. Neither ever holds a credential.
 */
export class KubeconfigError extends AppError {
  readonly problems: string[];

  constructor(
    readonly headline: TText,
    readonly texts: TText[] = [headline],
    code: "validation_failed" | "payload_too_large" = "validation_failed",
  ) {
    const problems = texts.map(inEnglish);
    const message = texts.length === 1 ? problems[0]! : `${inEnglish(headline)}:\n${problems.map((problem) => `- ${problem}`).join("\n")}`;
    super(code, "kubeconfigProblem", { detail: message }, { problems });
    this.name = "KubeconfigError";
    this.problems = problems;
  }

  /** The API answers it in the reader's language (lib/api/route.ts). */
  override messageIn(locale: TLocale): string {
    const { say } = checkTexts(locale);
    const problems = this.texts.map(say);
    return problems.length === 1 ? problems[0]! : `${say(this.headline)}:\n${problems.map((problem) => `- ${problem}`).join("\n")}`;
  }

  override detailsIn(locale: TLocale): unknown {
    return { problems: this.texts.map(checkTexts(locale).say) };
  }

  /** One error for several problems; a hostile file cannot make the list (or the message) huge. */
  static of(headline: TText, all: TText[]): KubeconfigError {
    return new KubeconfigError(headline, all.length > MAX_PROBLEMS ? [...all.slice(0, MAX_PROBLEMS), text("kcMore", { count: all.length - MAX_PROBLEMS })] : all);
  }
}

/** Why a user entry is refused, with the advice that follows (a read-only identity of Ramparts' own). */
const setup = { setup: text("kcReaderSetup") };
export const ADVICE = {
  exec: text("kcExec", setup),
  authProvider: text("kcAuthProvider", setup),
  basicAuth: text("kcBasicAuth", setup),
  impersonation: text("kcImpersonation", setup),
  noCredential: text("kcNoCredential", setup),
  file(field: string, inline: string): TText {
    return inline === "token" ? text("kcFileField", { field, inline }) : text("kcFileFieldFlatten", { field, inline });
  },
} as const;

/** "users[0] 'ci-bot': …": a problem of one entry, `label` naming it. */
export function at(label: string, problem: TText): TText {
  return text("kcAt", { label, problem });
}
