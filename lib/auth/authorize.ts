import "server-only";
import { activeTokenBySecret, touchApiToken } from "../db/api-tokens";
import { AppError } from "../errors";
import type { TLocale } from "../i18n/locale";
import { isCrossSiteMutation } from "./csrf";
import { roleAllows, type TAccess, type TRole } from "./roles";
import { sessionUser } from "./server";
import { bearerSecret, tokenScopeAllows, tokenScopeFor, type TTokenScope } from "./tokens";

export interface TPrincipal {
  kind: "anonymous" | "user" | "token";
  id: string;
  /** The session's role; null for anonymous callers and tokens (a token has a scope instead). */
  role: TRole | null;
  /** Who, as history and the audit log show it: the user's email, or "token <name>". */
  label: string;
  /** The user's saved language (null: none saved, or not a user); error messages follow it. */
  locale?: TLocale | null;
}

const ANONYMOUS: TPrincipal = { kind: "anonymous", id: "anonymous", role: null, label: "anonymous" };

/**
 * Decides whether the caller of a route handler may reach something that needs `access`, and
 * who they are. Public routes answer everyone (a signed-in caller is still recognised). Anyone
 * else needs a session (401 `unauthenticated`) whose role reaches `access` (403 `forbidden`).
 * A mutation from another site riding on the session cookie is refused (403 `cross_site`).
 *
 * A request with `Authorization: Bearer rmp_…` is an API token's instead, and is judged by the
 * token's scope alone (lib/auth/tokens.ts tokenScopeFor; `token` is the scope the route
 * declares, if any). No cookie is involved, so the cross-site check does not apply: a page on
 * another site cannot make a browser send that header.
 */
export async function authorize(request: Request, access: TAccess, token?: TTokenScope): Promise<TPrincipal> {
  const secret = bearerSecret(request.headers);
  if (secret !== undefined) return authorizeToken(request, secret, access, token);
  if (isCrossSiteMutation(request.method, request.headers)) {
    throw new AppError("cross_site", "crossSite");
  }
  if (access === "public") return ANONYMOUS;
  const user = await sessionUser(request.headers);
  if (!user) throw new AppError("unauthenticated", "unauthenticated");
  if (!roleAllows(user.role, access)) throw new AppError("forbidden", "roleNeeded", { access });
  return { kind: "user", id: user.id, role: user.role, label: user.email, locale: user.locale };
}

async function authorizeToken(request: Request, secret: string, access: TAccess, declared: TTokenScope | undefined): Promise<TPrincipal> {
  if (access === "public") return ANONYMOUS;
  // Messages never repeat the token: they end up in CI logs.
  if (secret === "malformed") throw new AppError("unauthenticated", "tokenMalformed");
  const token = await activeTokenBySecret(secret);
  if (!token) throw new AppError("unauthenticated", "tokenUnknown");
  const needed = tokenScopeFor(request.method, access, declared);
  if (needed === null) throw new AppError("forbidden", "tokenNotAllowed", { access });
  if (!tokenScopeAllows(token.scope, needed)) throw new AppError("forbidden", "tokenScope", { needed, scope: token.scope });
  await touchApiToken(token);
  return { kind: "token", id: token.id, role: null, label: `token ${token.name}` };
}
