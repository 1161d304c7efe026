// The one place that reads process.env (lint forbids it elsewhere). Every setting Ramparts
// understands is declared, documented and validated here; README's configuration table follows it.
import { z } from "zod";

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
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Chromium used by the end-to-end tests; Playwright's own browsers when unset and present. */
  CHROMIUM_PATH: z.string().optional(),
  /** Set by CI systems; changes test reporters and retries. */
  CI: z
    .string()
    .optional()
    .transform((value) => value !== undefined && value !== "" && value !== "false" && value !== "0"),
});

export type TEnv = z.infer<typeof ZEnv>;

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

/** Validates a set of variables; throws InvalidEnvironmentError naming every bad one. */
export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) throw new InvalidEnvironmentError(parsed.error.issues);
  return parsed.data;
}

/** The validated environment of this process. */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
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
