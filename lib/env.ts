// The one place that reads process.env (lint forbids it elsewhere). Every setting Ramparts
// understands is declared, documented and validated here; README's configuration table follows it.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { encryptionKeyProblem } from "./crypto/keys";

/** Unset and "" both mean "not configured". */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const optionalEncryptionKey = optionalText.superRefine((value, ctx) => {
  const problem = value === undefined ? undefined : encryptionKeyProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

function groupList(value: string | undefined): string[] {
  return (value ?? "").split(",").map((group) => group.trim()).filter((group) => group !== "");
}

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. When absent, the launcher starts an embedded PostgreSQL. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: "DATABASE_URL must start with postgresql:// or postgres://",
    }),
  /** Where the embedded PostgreSQL, the demo's key and other local state live. */
  RAMPARTS_DATA_DIR: z.string().default(".data"),
  /** Port of the embedded PostgreSQL (kept off 5432 so it never fights a system server). */
  RAMPARTS_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** HTTP port of the web server started by `npm run demo` / `npm start` / `npm run dev`. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface the web server binds to. */
  HOSTNAME: z.string().default("0.0.0.0"),
  /**
   * Whether the web launcher (scripts/serve.ts) applies pending migrations before starting. Set it
   * to false where a one-shot `db:migrate` (the compose `migrate` service, the Kubernetes Job) does it.
   */
  RAMPARTS_MIGRATE_ON_START: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((value) => value !== "false" && value !== "0"),
  /** Least level written to the server log (JSON lines in production, readable lines otherwise; lib/log.ts). */
  RAMPARTS_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** First of the four ports an end-to-end run uses (e2e/fixtures/e2e-env.ts): two checkouts can test side by side. */
  E2E_PORT_BASE: z.coerce.number().int().min(1024).max(65_000).default(3100),
  /** Chromium used by the end-to-end tests; Playwright's own browsers when unset and present. */
  CHROMIUM_PATH: z.string().optional(),
  /**
   * AES-256-GCM key that encrypts cluster credentials at rest: 32 random bytes, base64
   * (`openssl rand -base64 32`). Keep it out of the database backups. When unset, `npm run demo`
   * creates one once in RAMPARTS_DATA_DIR/encryption.key; anything else that must store or read
   * credentials refuses to.
   */
  RAMPARTS_ENCRYPTION_KEY: optionalEncryptionKey,
  /**
   * Signs the session cookies (at least 32 characters: `openssl rand -base64 32`). Keep it out of
   * the database backups: with it, a copy of the sessions table cannot be replayed as cookies.
   * When unset, the launcher (`npm run demo`/`start`/`dev`) creates one once in
   * RAMPARTS_DATA_DIR/auth.secret.
   */
  RAMPARTS_AUTH_SECRET: optionalText.pipe(z.string().min(32, "RAMPARTS_AUTH_SECRET must be at least 32 characters").optional()),
  /**
   * How many reverse proxies in front of Ramparts append to X-Forwarded-For (0: reached directly).
   * Sign-in throttling and the audit log take the client's address from that header only this
   * far (lib/auth/client-address.ts); "true" means 1, "false" 0.
   */
  RAMPARTS_TRUST_PROXY: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "true" ? 1 : value === "false" || value === undefined || value === "" ? 0 : Number(value)))
    .pipe(z.number().int().min(0).max(10)),
  /**
   * The address people reach Ramparts at (scheme, host, port; no path), e.g. https://ramparts.example.com.
   * Needed for single sign-on: the IdP sends browsers back to <this>/api/auth/callback/oidc; notifications
   * link to the scan's page with it (unset: notifications carry no link).
   */
  RAMPARTS_PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()).transform((value) => value?.replace(/\/+$/, "")),
  /**
   * OpenID Connect single sign-on (optional; all of issuer, client id and client secret, or none).
   * The issuer's /.well-known/openid-configuration is read at start; the id_token is verified
   * against its JWKS. See README "Single sign-on".
   */
  RAMPARTS_OIDC_ISSUER: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()).transform((value) => value?.replace(/\/+$/, "")),
  RAMPARTS_OIDC_CLIENT_ID: optionalText,
  RAMPARTS_OIDC_CLIENT_SECRET: optionalText,
  /** The name on the sign-in button: "Sign in with <name>". */
  RAMPARTS_OIDC_PROVIDER_NAME: optionalText.pipe(z.string().max(40).optional()).transform((value) => value ?? "SSO"),
  /** The id_token claim holding the user's groups (a list, or one string). */
  RAMPARTS_OIDC_GROUPS_CLAIM: optionalText.transform((value) => value ?? "groups"),
  /** Comma-separated IdP groups whose members are admins / editors / viewers (the highest role wins). */
  RAMPARTS_OIDC_ADMIN_GROUPS: optionalText.transform(groupList),
  RAMPARTS_OIDC_EDITOR_GROUPS: optionalText.transform(groupList),
  RAMPARTS_OIDC_VIEWER_GROUPS: optionalText.transform(groupList),
  /** Only for `npm run user:create`: the new user's password (else it is asked for without echo). */
  RAMPARTS_PASSWORD: z.string().optional(),
  /**
   * Only for `ramparts scan --upload`: the API token (scope scan) when --token is not given, which
   * keeps it out of process lists and CI logs.
   */
  RAMPARTS_TOKEN: optionalText,
  /** Only for `npm run keys:rotate`: the key to re-encrypt every credential under (same format). */
  RAMPARTS_NEW_ENCRYPTION_KEY: optionalEncryptionKey,
  /**
   * Set by Kubernetes in every pod: the API server's address, used by in-cluster mode (Ramparts
   * scanning the cluster it runs in with its own service account). Unset outside a cluster.
   */
  KUBERNETES_SERVICE_HOST: optionalText,
  /**
   * Set by Kubernetes in every pod, with KUBERNETES_SERVICE_HOST. Kept as text and checked by
   * lib/kube/in-cluster.ts, so that an odd value only disables in-cluster mode, not the app.
   */
  KUBERNETES_SERVICE_PORT: optionalText,
  /** Scans one worker process runs at once (each on a different cluster). */
  RAMPARTS_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  /**
   * On SIGTERM a worker stops taking scans and waits this long for the running ones; those still
   * running then go back to the queue (or fail with the reason when no retry is left). Keep it
   * below Kubernetes' terminationGracePeriodSeconds and compose's stop_grace_period.
   */
  RAMPARTS_SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(3600).default(25),
  /** A scan still running after this long is given up and retried. */
  RAMPARTS_SCAN_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(24 * 3600).default(600),
  /** Attempts after the first for a scan that failed for a transient reason (unreachable, timeout). */
  RAMPARTS_SCAN_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** Finding rows older than this are pruned daily; scan summaries and aggregates are kept forever. */
  RAMPARTS_FINDINGS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** How often the queue looks for expired (crashed) scans; lower in tests. */
  RAMPARTS_QUEUE_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** The organisation named on the cover and in the file name of the executive PDF report ("" = the default). */
  RAMPARTS_ORGANISATION: optionalText.pipe(z.string().max(120).optional()).transform((value) => value ?? "Ramparts"),
  /** Set by CI systems; changes test reporters and retries. */
  CI: z
    .string()
    .optional()
    .transform((value) => value !== undefined && value !== "" && value !== "false" && value !== "0"),
}).superRefine((value, ctx) => {
  const oidc = [value.RAMPARTS_OIDC_ISSUER, value.RAMPARTS_OIDC_CLIENT_ID, value.RAMPARTS_OIDC_CLIENT_SECRET];
  const given = oidc.filter((setting) => setting !== undefined).length;
  if (given !== 0 && given !== 3) {
    ctx.addIssue({ code: "custom", path: ["RAMPARTS_OIDC_ISSUER"], message: "single sign-on needs RAMPARTS_OIDC_ISSUER, RAMPARTS_OIDC_CLIENT_ID and RAMPARTS_OIDC_CLIENT_SECRET together" });
  }
  if (given === 3 && value.RAMPARTS_PUBLIC_URL === undefined) {
    ctx.addIssue({ code: "custom", path: ["RAMPARTS_PUBLIC_URL"], message: "single sign-on needs RAMPARTS_PUBLIC_URL (the IdP redirects browsers back to it)" });
  }
});

export type TEnv = z.infer<typeof ZEnv>;

/** Every variable Ramparts reads (deployment files are checked against it). */
export const ENV_NAMES: readonly string[] = Object.keys(ZEnv.shape);

let cached: TEnv | undefined;

export class InvalidEnvironmentError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    super(
      "Invalid environment:\n" +
        issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n"),
    );
    this.name = "InvalidEnvironmentError";
  }
}

/**
 * Secrets that may be given as a file instead: `<NAME>_FILE` holds the path of a file whose content
 * is the value (the convention of Docker and Kubernetes secret mounts, which keep the value out of
 * the process environment). Read only when `<NAME>` itself is unset or empty.
 */
export const FILE_SETTINGS = ["DATABASE_URL", "RAMPARTS_ENCRYPTION_KEY", "RAMPARTS_NEW_ENCRYPTION_KEY", "RAMPARTS_OIDC_CLIENT_SECRET"] as const;

/** `source` with each `<NAME>_FILE` of FILE_SETTINGS read into `<NAME>`. */
export function resolveFileSettings(
  source: Record<string, string | undefined>,
  read: (path: string) => string = (path) => readFileSync(path, "utf8"),
): Record<string, string | undefined> {
  const resolved = { ...source };
  const issues: z.core.$ZodIssue[] = [];
  for (const name of FILE_SETTINGS) {
    const path = source[`${name}_FILE`]?.trim();
    if (!path || (source[name] ?? "").trim() !== "") continue;
    try {
      resolved[name] = read(path).trim();
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      issues.push({ code: "custom", path: [`${name}_FILE`], message: `cannot read ${path} (${reason})`, input: path });
    }
  }
  if (issues.length > 0) throw new InvalidEnvironmentError(issues);
  return resolved;
}

/** Validates a set of variables; throws InvalidEnvironmentError naming every bad one. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) throw new InvalidEnvironmentError(parsed.error.issues);
  return parsed.data;
}

/** The validated environment of this process. */
export function env(): TEnv {
  cached ??= parseEnv(resolveFileSettings(process.env));
  return cached;
}

/**
 * The environment to hand to a child process (the launcher starting Next.js, a test runner),
 * with overrides. Scripts use this instead of touching process.env themselves.
 */
export function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const next: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** For tests and launchers that set a variable in-process before the app reads it. */
export function setEnvForThisProcess(key: string, value: string): void {
  process.env[key] = value;
  cached = undefined;
}
