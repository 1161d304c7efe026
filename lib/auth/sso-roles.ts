// Single sign-on: which Ramparts role an IdP user gets, from the groups claim of their verified
// id_token. Pure (no I/O), so the mapping is tested on its own; lib/auth/sso.ts applies it at
// every SSO sign-in.
import { ROLES, type TRole } from "./roles";

export interface TGroupMapping {
  /** The claim holding the groups (e.g. "groups", "roles", "cognito:groups"). */
  claim: string;
  admin: readonly string[];
  editor: readonly string[];
  viewer: readonly string[];
}

/** The groups a claims set names under `claim`: a list of strings, or one string; anything else is no group. */
export function groupsOf(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((group): group is string => typeof group === "string");
  return [];
}

/** The highest role any of the user's groups maps to, or null when none is mapped (the user is refused). */
export function roleForClaims(claims: Record<string, unknown>, mapping: TGroupMapping): TRole | null {
  const groups = new Set(groupsOf(claims, mapping.claim));
  for (const role of [...ROLES].reverse()) {
    if (mapping[role].some((group) => groups.has(group))) return role;
  }
  return null;
}
