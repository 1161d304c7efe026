// What "looks like a secret" means, for env values and ConfigMap data. The verdict names a
// reason ("name looks like a credential", "AWS access key") and never carries the value itself.

/** Value shapes that are credentials whatever the variable is called. */
const VALUE_PATTERNS: readonly { reason: string; pattern: RegExp }[] = [
  { reason: "private key", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { reason: "AWS access key", pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/ },
  { reason: "JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { reason: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})/ },
  { reason: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { reason: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { reason: "Stripe live key", pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{20,}/ },
  // scheme://user:password@host, unless the password is a $(VAR) / ${VAR} reference.
  { reason: "credentials in a URL", pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/$]+:(?![$])[^\s@/]+@/i },
];

/** `password: hunter2` / `client_secret = …` inside a configuration file. */
const EMBEDDED_ASSIGNMENT =
  /(?:^|[\s"'{,])(?:password|passwd|secret|client[_-]?secret|api[_-]?key|access[_-]?key|auth[_-]?token|secret[_-]?key)["']?[ \t]*[:=][ \t]*["']?([^\s"'#,}]{8,})/im;

const SECRET_WORDS = new Set(["PASSWORD", "PASSWD", "PWD", "PASS", "SECRET", "TOKEN", "CREDENTIAL", "CREDENTIALS", "APIKEY", "PASSPHRASE"]);
const SECRET_PAIRS = new Set(["API_KEY", "ACCESS_KEY", "PRIVATE_KEY", "SECRET_KEY", "AUTH_KEY", "SIGNING_KEY", "ENCRYPTION_KEY", "MASTER_KEY"]);
/** A last word that makes the variable about a secret (where it is, how long it lives), not the secret. */
const NOT_THE_SECRET = new Set(["FILE", "PATH", "DIR", "URL", "URI", "ENDPOINT", "NAME", "REF", "ID", "TTL", "EXPIRY", "EXPIRATION",
  "LENGTH", "TIMEOUT", "ENABLED", "ENABLE", "REQUIRED", "POLICY", "HEADER", "TYPE", "MODE", "FORMAT", "LOCATION", "SECONDS",
  "MINUTES", "HOURS", "DAYS", "COUNT", "SIZE", "PORT", "LIMIT", "INTERVAL", "RETRIES", "AUDIENCE", "ISSUER", "KIND"]);

/** DB_PASSWORD, apiKey, client-secret → upper-case words. */
function words(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
}

/**
 * Verdicts by variable name: the same few names (MODE, DB_PASSWORD…) recur in every workload,
 * and splitting each with two regular expressions was the costliest step of secret-literal-env.
 * Bounded, since names come from untrusted input.
 */
const nameVerdicts = new Map<string, boolean>();
const NAME_VERDICTS_MAX = 10_000;

export function nameLooksSecret(name: string): boolean {
  let verdict = nameVerdicts.get(name);
  if (verdict === undefined) {
    verdict = judgeName(name);
    if (nameVerdicts.size >= NAME_VERDICTS_MAX) nameVerdicts.clear();
    nameVerdicts.set(name, verdict);
  }
  return verdict;
}

function judgeName(name: string): boolean {
  const parts = words(name);
  if (parts.length === 0 || NOT_THE_SECRET.has(parts[parts.length - 1]!)) return false;
  if (parts.some((part) => SECRET_WORDS.has(part))) return true;
  return parts.some((part, i) => i + 1 < parts.length && SECRET_PAIRS.has(`${part}_${parts[i + 1]}`));
}

/** Values that cannot be a credential: empty, flags, numbers, paths, references, templates. */
function isInert(value: string): boolean {
  const text = value.trim();
  if (text.length < 4) return true;
  if (/^(?:true|false|yes|no|on|off|none|null|disabled|enabled)$/i.test(text)) return true;
  if (/^-?\d+(?:\.\d+)?[a-z]*$/i.test(text)) return true;
  if (text.startsWith("/") || text.startsWith("./")) return true;
  if (/^\$\(|^\$\{|\{\{|^<.*>$/.test(text)) return true;
  return /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(text);
}

export function valueLooksSecret(value: string): string | undefined {
  return VALUE_PATTERNS.find((entry) => entry.pattern.test(value))?.reason;
}

/** Why `name` = `value` looks like a literal secret, or undefined. */
export function literalSecretReason(name: string, value: string): string | undefined {
  const shaped = valueLooksSecret(value);
  if (shaped) return shaped;
  return nameLooksSecret(name) && !isInert(value) ? "name looks like a credential" : undefined;
}

/** Same, for a ConfigMap entry whose value may be a whole configuration file. */
export function configEntrySecretReason(key: string, value: string): string | undefined {
  const direct = literalSecretReason(key, value);
  if (direct) return direct;
  const embedded = EMBEDDED_ASSIGNMENT.exec(value);
  return embedded && !isInert(embedded[1]!) ? "a credential assigned inside the file" : undefined;
}
