// What the server log must never hold: credentials, tokens, cookies, secret values. Two layers:
// pino's `redact` paths for the well-known places (fast, exact), and `scrub` below, which walks
// whatever is logged and blanks every field named like a secret at any depth, and bearer tokens
// inside free text (an error message quoting a header, say).

export const REDACTED = "[redacted]";

/** A field with such a name is blanked whatever its value (and its children are not kept). */
const SECRET_NAME = /pass(word|wd|phrase)?$|secret|token|kubeconfig|credential|cookie|authorization|api[-_]?key|private[-_]?key|encryption[-_]?key|client[-_]?key|certificate[-_]?data|^key$/i;

const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const MAX_DEPTH = 8;

/** pino `redact` paths: the usual homes of secrets in request/response objects and errors. */
export const REDACT_PATHS = [
  "req.headers.authorization", "req.headers.cookie", "res.headers['set-cookie']",
  "headers.authorization", "headers.cookie", "headers['set-cookie']",
  "*.headers.authorization", "*.headers.cookie", "*.headers['set-cookie']",
  "password", "*.password", "token", "*.token", "secret", "*.secret", "clientSecret", "*.clientSecret",
  "kubeconfig", "*.kubeconfig", "credentials", "*.credentials",
];

export function scrubText(text: string): string {
  return text.replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`);
}

function scrubValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value) || depth >= MAX_DEPTH) return "[…]";
  seen.add(value);
  if (value instanceof Error) {
    const error: Record<string, unknown> = { type: value.name, message: scrubText(value.message), stack: value.stack ? scrubText(value.stack) : undefined };
    for (const [name, field] of Object.entries(value)) error[name] = SECRET_NAME.test(name) ? REDACTED : scrubValue(field, depth + 1, seen);
    if (value.cause !== undefined) error.cause = scrubValue(value.cause, depth + 1, seen);
    return error;
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Headers) return scrubValue(Object.fromEntries(value), depth + 1, seen);
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) out[name] = SECRET_NAME.test(name) ? REDACTED : scrubValue(field, depth + 1, seen);
  return out;
}

/** A copy of `value` fit for the log: secret-named fields blanked at any depth, bearer tokens cut from text. */
export function scrub<T>(value: T): T {
  return scrubValue(value, 0, new WeakSet()) as T;
}
