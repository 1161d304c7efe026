// What an audit event may keep of its details: plain values, never anything that looks like a
// secret (a field named like one is dropped whatever its value), strings cut to a safe length.

const SECRET_NAME = /pass(word)?|secret|token|kubeconfig|credential|key|cookie|authorization/i;
const MAX_STRING = 500;
const MAX_DEPTH = 4;

function clean(value: unknown, depth: number): unknown {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => clean(item, depth + 1)).filter((item) => item !== undefined);
  if (typeof value === "object") return safeDetails(value as Record<string, unknown>, depth + 1);
  return undefined;
}

export function safeDetails(details: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(details)) {
    if (SECRET_NAME.test(name)) continue;
    const kept = clean(value, depth);
    if (kept !== undefined) out[name] = kept;
  }
  return out;
}
