// One error taxonomy for the whole product. Every failure a person or an API client can see
// is an AppError with a stable `code`; route handlers turn it into JSON, pages into a message.
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

export class AppError extends Error {
  readonly code: TErrorCode;
  readonly details?: unknown;

  constructor(code: TErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The database did not answer. `reason` is safe to show: it never contains credentials. */
export class DatabaseUnavailableError extends AppError {
  constructor(readonly reason: string) {
    super("database_unavailable", `The database is unavailable: ${reason}`);
    this.name = "DatabaseUnavailableError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
