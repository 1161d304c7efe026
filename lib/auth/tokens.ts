// API tokens for automation (CI, Prometheus): what a token looks like and how it is kept (what
// each scope may reach: ./token-scopes.ts). Pure: the table is lib/db/api-tokens.ts, the check authorize().
//
// A secret is "rmp_" + 32 random bytes (base64url). It is as strong as a key, so one SHA-256 is
// the right way to keep it: a slow password hash would only make every API call slower.
import { createHash, randomBytes } from "node:crypto";
export { TOKEN_NAME_MAX, TOKEN_SCOPES, tokenScopeAllows, tokenScopeFor, type TTokenScope } from "./token-scopes";

export const TOKEN_PREFIX = "rmp_";
/** How much of the secret lists show: "rmp_" and 8 characters, enough to tell tokens apart. */
export const SHOWN_PREFIX_LENGTH = 12;
const SECRET = /^rmp_[A-Za-z0-9_-]{43}$/;

export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function shownPrefix(secret: string): string {
  return secret.slice(0, SHOWN_PREFIX_LENGTH);
}

/**
 * The bearer credential of a request: undefined when there is no `Authorization: Bearer …` header
 * (the caller may have a session cookie), "malformed" when it is not a Ramparts token.
 */
export function bearerSecret(headers: Headers): string | "malformed" | undefined {
  const header = headers.get("authorization");
  if (header === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return undefined;
  return SECRET.test(match[1]!) ? match[1]! : "malformed";
}
