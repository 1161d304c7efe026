import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { GenericOAuthConfig } from "better-auth/plugins/generic-oauth";
import { recordSignIn, setUserRole } from "../db/users";
import { env } from "../env";
import type { TRole } from "./roles";
import { roleForClaims, type TGroupMapping } from "./sso-roles";

// OpenID Connect single sign-on through better-auth's generic OAuth plugin (one provider, id
// "oidc"). better-auth runs the protocol: discovery, state + PKCE + nonce, code exchange, id_token
// verification against the issuer's JWKS. What is ours: the group claim → role mapping, applied
// at every SSO sign-in (a user removed from a group loses the role at their next sign-in), and the
// refusal of a user in no mapped group before any account is created (no open sign-up).
//
// better-auth calls validateUserInfo with the verified claims but creates the session later,
// in another hook that no longer sees them. The callback route runs inside `ssoAttempt` so the
// role decided from the claims reaches the session hook, and the outcome reaches the audit log.

export const SSO_PROVIDER_ID = "oidc";
/** The error code (in the sign-in page's ?error=) of a user in no mapped group. */
export const SSO_NO_ROLE = "sso_no_role";

export interface TSsoSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  mapping: TGroupMapping;
}

/** The SSO configuration, or null when single sign-on is not configured. */
export function ssoSettings(): TSsoSettings | null {
  const e = env();
  if (!e.RAMPARTS_OIDC_ISSUER || !e.RAMPARTS_OIDC_CLIENT_ID || !e.RAMPARTS_OIDC_CLIENT_SECRET) return null;
  return {
    issuer: e.RAMPARTS_OIDC_ISSUER,
    clientId: e.RAMPARTS_OIDC_CLIENT_ID,
    clientSecret: e.RAMPARTS_OIDC_CLIENT_SECRET,
    name: e.RAMPARTS_OIDC_PROVIDER_NAME,
    mapping: {
      claim: e.RAMPARTS_OIDC_GROUPS_CLAIM,
      admin: e.RAMPARTS_OIDC_ADMIN_GROUPS,
      editor: e.RAMPARTS_OIDC_EDITOR_GROUPS,
      viewer: e.RAMPARTS_OIDC_VIEWER_GROUPS,
    },
  };
}

export function ssoProviderConfig(settings: TSsoSettings): GenericOAuthConfig {
  return {
    providerId: SSO_PROVIDER_ID,
    name: settings.name,
    discoveryUrl: `${settings.issuer}/.well-known/openid-configuration`,
    // Never fall back to an unverified id_token when discovery lacks the issuer or the JWKS.
    requireIdTokenVerification: true,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    scopes: ["openid", "email", "profile"],
    pkce: true,
    // Name and email follow the IdP at each sign-in.
    overrideUserInfo: true,
  };
}

/** What one SSO callback decided: who, which role, whether a session was opened. */
export interface TSsoAttempt {
  email?: string;
  role?: TRole | null;
  userId?: string;
}

export const ssoAttempt = new AsyncLocalStorage<TSsoAttempt>();

interface TValidateInput {
  user: { email?: string | null };
  source: { method: string; oauth?: { providerId: string; profile?: Record<string, unknown> } };
}

/**
 * better-auth's provisioning gate (user.validateUserInfo), run with the verified claims before a
 * user is created, linked or signed in: refuses an SSO user in no mapped group.
 */
export function checkSsoUser({ user, source }: TValidateInput): { error: string; errorDescription: string } | undefined {
  if (source.method !== "oauth") return undefined;
  const settings = ssoSettings();
  const attempt = ssoAttempt.getStore();
  const role = settings && attempt && source.oauth?.providerId === SSO_PROVIDER_ID ? roleForClaims(source.oauth.profile ?? {}, settings.mapping) : null;
  if (attempt) {
    attempt.email = user.email ?? undefined;
    attempt.role = role;
  }
  if (role === null) return { error: SSO_NO_ROLE, errorDescription: "No group of this account is mapped to a Ramparts role." };
  return undefined;
}

/**
 * Before better-auth opens a session (databaseHooks.session.create.before): during an SSO
 * callback, the user gets the role their groups map to, or no session at all.
 */
export async function applySsoRole(session: { userId: string }): Promise<false | undefined> {
  const attempt = ssoAttempt.getStore();
  if (!attempt) return undefined; // not an SSO sign-in
  if (!attempt.role) return false;
  await setUserRole(session.userId, attempt.role);
  await recordSignIn(session.userId);
  attempt.userId = session.userId;
  return undefined;
}

/** Ramparts never calls the IdP's APIs, so it keeps none of its tokens (account rows hold only the link). */
export function withoutIdpTokens<T extends { providerId?: string }>(account: T): T {
  if (account.providerId !== SSO_PROVIDER_ID) return account;
  return { ...account, accessToken: null, refreshToken: null, idToken: null, accessTokenExpiresAt: null, refreshTokenExpiresAt: null };
}
