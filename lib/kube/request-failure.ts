// What went wrong with one request to the API server, read from what @kubernetes/client-node 2
// throws: ApiException (an HTTP status, Status body as a JSON string), TypeError("fetch failed")
// or TypeError("terminated") with a coded cause (refused, reset, TLS), or an abort reason.
import { ApiException } from "@kubernetes/client-node";
import { text, type TText } from "../checks/text";
import { CollectionError } from "./errors";

export type TRequestFailure =
  | { type: "status"; status: number; reason?: string; retryAfterMs?: number }
  | { type: "reset"; code: string }
  | { type: "timeout" }
  | { type: "aborted" }
  | { type: "unreachable"; code: string }
  | { type: "tls"; code: string }
  | { type: "other"; message: string };

/** Thrown into in-flight requests when the collection must stop (deadline, or a fatal error elsewhere). */
export class CollectionStopped extends Error {
  constructor(readonly why: "deadline" | "fatal") {
    super(why === "deadline" ? "deadline exceeded" : "collection stopped");
    this.name = "CollectionStopped";
  }
}

const RESET_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "ECONNABORTED"]);
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT"]);
const UNKNOWN_AUTHORITY = new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "SELF_SIGNED_CERT_IN_CHAIN", "DEPTH_ZERO_SELF_SIGNED_CERT", "UNABLE_TO_GET_ISSUER_CERT", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY"]);

/** The first error `code` down the cause chain (AggregateErrors included: happy-eyeballs connects). */
function causeCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== "object" || error === null || depth > 5) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string") return code;
  if (Array.isArray(errors)) for (const inner of errors) { const found = causeCode(inner, depth + 1); if (found) return found; }
  return causeCode(cause, depth + 1);
}

function isTlsCode(code: string): boolean {
  return UNKNOWN_AUTHORITY.has(code) || code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL") || code.includes("CERT") || code === "EPROTO";
}

function statusReason(body: unknown): string | undefined {
  if (typeof body !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    const reason = typeof parsed === "object" && parsed !== null ? (parsed as { reason?: unknown }).reason : undefined;
    return typeof reason === "string" ? reason : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterMs(headers: Record<string, string> | undefined): number | undefined {
  const value = headers?.["retry-after"];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function classifyFailure(error: unknown): TRequestFailure {
  if (error instanceof ApiException) {
    const exception = error as ApiException<unknown>;
    return { type: "status", status: exception.code, reason: statusReason(exception.body), retryAfterMs: retryAfterMs(exception.headers) };
  }
  if (error instanceof CollectionStopped) return { type: "aborted" };
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "TimeoutError") return { type: "timeout" };
  if (name === "AbortError") return { type: "aborted" };
  const code = causeCode(error);
  if (code && RESET_CODES.has(code)) return { type: "reset", code };
  if (code && UNREACHABLE_CODES.has(code)) return { type: "unreachable", code };
  if (code && isTlsCode(code)) return { type: "tls", code };
  // undici's "terminated": the body stream ended early, whatever the (missing) code says.
  if (error instanceof TypeError && error.message === "terminated") return { type: "reset", code: code ?? "terminated" };
  // A SyntaxError from JSON.parse quotes the text it choked on, which may be a Secret value.
  if (error instanceof SyntaxError) return { type: "other", message: "the answer was not valid JSON" };
  return { type: "other", message: error instanceof Error ? error.message : "unexpected error" };
}

export function isRetryable(failure: TRequestFailure): boolean {
  if (failure.type === "status") return failure.status === 429 || (failure.status >= 500 && failure.status !== 501);
  return failure.type === "reset" || failure.type === "timeout";
}

const UNREACHABLE_MESSAGES: Record<string, TText> = {
  ECONNREFUSED: text("connRefused"),
  ENOTFOUND: text("connNotFound"),
  EAI_AGAIN: text("connDns"),
  EHOSTUNREACH: text("connNoRoute"),
  ENETUNREACH: text("connNoRoute"),
};

function tlsMessage(code: string): TText {
  if (UNKNOWN_AUTHORITY.has(code)) return text("connUnknownAuthority");
  if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") return text("connCertNotValidNow", { code });
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") return text("connCertAltName");
  if (code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "EPROTO") return text("connNotTls");
  return text("connTlsFailed", { code });
}

/**
 * The collection-ending error for a failure that no retry or gap can absorb, or undefined when
 * the failure belongs to one resource type. `credential` says what the kubeconfig user presents.
 */
export type TCredential = "token" | "certificate" | "none" | "other";

export function fatalError(failure: TRequestFailure, credential: TCredential): CollectionError | undefined {
  switch (failure.type) {
    case "unreachable":
      return new CollectionError("unreachable", UNREACHABLE_MESSAGES[failure.code] ?? text("connUnreachable", { code: failure.code }));
    case "tls":
      return new CollectionError("tls", tlsMessage(failure.code));
    case "status":
      if (failure.status !== 401) return undefined;
      return new CollectionError("unauthorized", {
        token: text("connTokenRejected"),
        certificate: text("connCertRejected"),
        none: text("connNoCredentials"),
        other: text("connRejected"),
      }[credential]);
    default:
      return undefined;
  }
}

/** The error for a first request that never got an answer (retries spent on timeouts or resets). */
export function unansweredError(failure: TRequestFailure, attempts: number, timeoutMs: number): CollectionError {
  if (failure.type === "timeout") return new CollectionError("timeout", text("connTimeout", { seconds: timeoutMs / 1000, attempts }));
  if (failure.type === "reset") return new CollectionError("unreachable", text("connResetTimes", { attempts, code: failure.code }));
  return new CollectionError("unreachable", text("connKeptFailing", { failure: describeFailure(failure), attempts }));
}

export function describeFailure(failure: TRequestFailure): string {
  switch (failure.type) {
    case "status": return `HTTP ${failure.status}${failure.reason ? ` ${failure.reason}` : ""}`;
    case "reset": return `connection reset (${failure.code})`;
    case "timeout": return "no answer in time";
    case "aborted": return "stopped";
    case "unreachable": return `unreachable (${failure.code})`;
    case "tls": return `TLS failure (${failure.code})`;
    case "other": return failure.message;
  }
}
