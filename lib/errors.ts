// One error taxonomy for the whole product. Every failure a person or an API client can see
// is an AppError with a stable `code`; route handlers turn it into JSON, pages into a message.
import { formatApiError, type TApiErrorKey, type TApiErrorValues } from "./i18n/api-errors";
import type { TLocale } from "./i18n/locale";
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  /** No session (or an expired or revoked one) on a route that needs a role. */
  unauthenticated: 401,
  /** Sign-in refused: wrong email or password (never says which). */
  invalid_credentials: 401,
  /** Signed in, but the role does not reach what the route needs. */
  forbidden: 403,
  /** A mutation sent by another site's page with this browser's cookies (lib/auth/csrf.ts). */
  cross_site: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  /** Sign-in refused for a while: too many attempts for the account or from the address (Retry-After says until when). */
  too_many_attempts: 429,
  /** A Kubernetes cluster could not be read at all (unreachable, TLS, credentials rejected, timeout). */
  cluster_unavailable: 502,
  database_unavailable: 503,
  internal: 500,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;

/** What a `notFound` message names (lib/i18n/messages/<locale>/api.json apiErrors.notFound). */
export type TNotFound = "cluster" | "scan" | "finding" | "exception" | "user" | "token" | "endpoint";

/**
 * Which form field an error belongs to: the answer's details become `{ formErrors: [], fieldErrors:
 * { [field]: problems } }`, the problems being the message itself (in the reader's language)
 * unless the error brings its own list.
 */
export interface TFieldError {
  field: string;
  problems?: string[];
}

/**
 * A failure with a stable `code` and a message from the API catalogue (lib/i18n/messages/<locale>/
 * api.json): `key` + `values`, formatted in the caller's language when answered (lib/api/route.ts).
 * `message` is the English text, for logs, the CLI and tests.
 */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly key: TApiErrorKey;
  readonly values: TApiErrorValues;
  readonly details?: unknown;
  readonly field?: TFieldError;

  constructor(code: TErrorCode, key: TApiErrorKey, values: TApiErrorValues = {}, details?: unknown, field?: TFieldError) {
    super(formatApiError("en", key, values));
    this.name = "AppError";
    this.code = code;
    this.key = key;
    this.values = values;
    this.details = details;
    this.field = field;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The message in `locale`. */
  messageIn(locale: TLocale): string {
    return locale === "en" ? this.message : formatApiError(locale, this.key, this.values);
  }

  /** The details to answer with in `locale`: a field error's problems follow the message's language. */
  detailsIn(locale: TLocale): unknown {
    if (!this.field) return this.details;
    return { formErrors: [], fieldErrors: { [this.field.field]: this.field.problems ?? [this.messageIn(locale)] } };
  }
}

/** The database did not answer. `reason` is safe to show: it never contains credentials. */
export class DatabaseUnavailableError extends AppError {
  constructor(readonly reason: string) {
    super("database_unavailable", "databaseUnavailable", { reason });
    this.name = "DatabaseUnavailableError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
