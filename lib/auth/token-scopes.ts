// What each API-token scope may reach. Pure and free of Node modules: the tokens page (a client
// component) reads the scopes and the name limit from here; lib/auth/tokens.ts has the secrets.
import type { TAccess } from "./roles";

export const TOKEN_SCOPES = ["read", "scan"] as const;
export type TTokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_NAME_MAX = 100;

/**
 * The least token scope a route accepts, or null when no token may call it. A route may declare
 * one (`token` in lib/api/route.ts: metrics, starting a scan, uploads); otherwise a token with
 * the read scope reaches what a viewer may read, and nothing else. Admin routes and mutations of
 * exceptions, ratings or sessions never declare one.
 */
export function tokenScopeFor(method: string, access: TAccess, declared: TTokenScope | undefined): TTokenScope | null {
  if (declared) return declared;
  const reading = method === "GET" || method === "HEAD";
  return reading && access === "viewer" ? "read" : null;
}

export function tokenScopeAllows(held: TTokenScope, needed: TTokenScope): boolean {
  return TOKEN_SCOPES.indexOf(held) >= TOKEN_SCOPES.indexOf(needed);
}
