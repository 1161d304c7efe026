import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { db } from "../db/client";
import { env } from "../env";
import { log } from "../log/log";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { ROLES, type TRole } from "./roles";
import { applySsoRole, checkSsoUser, SSO_PROVIDER_ID, ssoAttempt, ssoProviderConfig, ssoSettings, withoutIdpTokens, type TSsoAttempt } from "./sso";
import { isLocale, type TLocale } from "../i18n/locale";
import { cameOverHttps } from "../security/headers";

// Accounts and sessions are better-auth's (https://better-auth.com), on our Prisma client:
// email + password, no sign-up (users come from `npm run user:create`, an admin, or the
// demo), passwords hashed with argon2id (./password.ts); and, when configured, OpenID Connect
// single sign-on (./sso.ts). Its HTTP handler is not mounted: the auth route handlers
// (app/api/auth/*) call its server API through lib/api/route.ts, so nothing reaches an endpoint
// we did not choose to expose.
//
// A session cookie is httpOnly, SameSite=Lax, and Secure with the `__Secure-` prefix when the
// request came over HTTPS. better-auth fixes that choice per instance, hence one instance per
// scheme, picked per request.

const SESSION_DAYS = 7;

function createAuth(secure: boolean) {
  const sso = ssoSettings();
  return betterAuth({
    appName: "Ramparts",
    secret: env().RAMPARTS_AUTH_SECRET,
    // Where the IdP sends browsers back (<public URL>/api/auth/callback/oidc); unused without SSO.
    baseURL: env().RAMPARTS_PUBLIC_URL,
    plugins: sso ? [genericOAuth({ config: [ssoProviderConfig(sso)] })] : [],
    database: prismaAdapter(db(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, input: false, defaultValue: "viewer" },
        disabledAt: { type: "date", required: false, input: false },
        // Set through PUT /api/me/locale only (lib/db/users.ts saveUserLocale).
        locale: { type: "string", required: false, input: false },
      },
      validateUserInfo: checkSsoUser,
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled user (an admin's choice, /settings/users) gets no new session, whatever the
          // password or the identity provider says; then single sign-on applies the mapped role.
          before: async (session) => {
            const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
            if (!user || user.disabledAt !== null) return false;
            return (await applySsoRole(session)) === false ? false : undefined;
          },
        },
      },
      account: {
        create: { before: async (account) => ({ data: withoutIdpTokens(account) }) },
        update: { before: async (account) => ({ data: withoutIdpTokens(account) }) },
      },
    },
    // A failed SSO callback that cannot say where to go (no state) lands on the sign-in page.
    onAPIError: { errorURL: "/sign-in" },
    session: { expiresIn: SESSION_DAYS * 24 * 3600, updateAge: 24 * 3600 },
    advanced: { useSecureCookies: secure, cookiePrefix: "ramparts" },
    telemetry: { enabled: false },
    // better-auth's own messages (a failed SSO discovery, a state mismatch…) go to the server log.
    logger: { level: "warn", log: (level, message, ...args) => log()[level]({ scope: "auth", details: args }, message) },
  });
}

type TAuth = ReturnType<typeof createAuth>;
const holder = globalThis as typeof globalThis & { rampartsAuth?: { secure?: TAuth; plain?: TAuth } };

export const SESSION_COOKIE = "ramparts.session_token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

function auth(secure: boolean): TAuth {
  const instances = (holder.rampartsAuth ??= {});
  const key = secure ? "secure" : "plain";
  return (instances[key] ??= createAuth(secure));
}

/** The instance matching the cookie the browser sent (a session cookie is read by the one that set it). */
function authForCookies(headers: Headers): TAuth {
  return auth((headers.get("cookie") ?? "").includes(SECURE_SESSION_COOKIE));
}

export interface TSessionUser {
  id: string;
  email: string;
  name: string;
  role: TRole;
  /** The language they chose in the header, or null (the browser's). */
  locale: TLocale | null;
}

function asRole(value: unknown): TRole | null {
  return ROLES.find((role) => role === value) ?? null;
}

/** The signed-in user behind the request's session cookie, or null (no cookie, bad signature, expired, revoked). */
export async function sessionUser(headers: Headers): Promise<TSessionUser | null> {
  if (!(headers.get("cookie") ?? "").includes(SESSION_COOKIE)) return null;
  const found = await authForCookies(headers).api.getSession({ headers, query: { disableRefresh: true } });
  if (!found) return null;
  const role = asRole((found.user as { role?: unknown }).role);
  if (!role) return null;
  // Disabling deletes the user's sessions; this also refuses one that slipped in meanwhile.
  if ((found.user as { disabledAt?: unknown }).disabledAt) return null;
  const locale = (found.user as { locale?: unknown }).locale;
  return { id: found.user.id, email: found.user.email, name: found.user.name, role, locale: isLocale(locale) ? locale : null };
}

/** Checks the password and opens a session: who signed in and the Set-Cookie headers to send, or null for a bad email or password. */
export async function signIn(request: Request, email: string, password: string): Promise<{ headers: Headers; user: { id: string; email: string } } | null> {
  const secure = cameOverHttps(request.headers, request.url);
  try {
    const { headers, response } = await auth(secure).api.signInEmail({
      body: { email, password, rememberMe: true },
      headers: request.headers,
      returnHeaders: true,
    });
    return { headers, user: { id: response.user.id, email: response.user.email } };
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

/** Ends this browser's session; the Set-Cookie headers that clear its cookie. */
export async function signOut(request: Request): Promise<Headers> {
  const { headers } = await authForCookies(request.headers).api.signOut({ headers: request.headers, returnHeaders: true });
  return headers;
}

/** Ends every session of the signed-in user (every browser), this one included. */
export async function signOutEverywhere(request: Request): Promise<Headers> {
  const { headers } = await authForCookies(request.headers).api.revokeSessions({ headers: request.headers, returnHeaders: true });
  return headers;
}

function isUnauthorized(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  // better-auth's APIError: status "UNAUTHORIZED"/"BAD_REQUEST" (malformed email), statusCode 401/400.
  return statusCode === 401 || statusCode === 400 || status === "UNAUTHORIZED" || status === "BAD_REQUEST";
}

/** Where to send the browser to sign in at the IdP, and the Set-Cookie headers of the flow's state. */
export async function startSsoSignIn(request: Request, next: string): Promise<{ url: string; headers: Headers }> {
  const secure = cameOverHttps(request.headers, request.url);
  const { headers, response } = await auth(secure).api.signInSocial({
    body: { provider: SSO_PROVIDER_ID, callbackURL: next, errorCallbackURL: `/sign-in?next=${encodeURIComponent(next)}`, disableRedirect: true },
    headers: request.headers,
    returnHeaders: true,
  });
  if (!response.url) throw new Error("better-auth returned no authorization URL");
  return { url: response.url, headers };
}

/**
 * The IdP's redirect back: better-auth checks the state, exchanges the code, verifies the
 * id_token; ./sso.ts maps the groups to a role or refuses. The answer is a redirect (to `next`,
 * or to the sign-in page with ?error=) with the session cookie on success.
 */
export async function finishSsoSignIn(request: Request, query: Record<string, string | undefined>): Promise<{ response: Response; attempt: TSsoAttempt }> {
  const secure = cameOverHttps(request.headers, request.url);
  const attempt: TSsoAttempt = {};
  const response = await ssoAttempt.run(attempt, () =>
    auth(secure).api.callbackOAuth({ params: { id: SSO_PROVIDER_ID }, query, headers: request.headers, asResponse: true }),
  );
  return { response, attempt };
}
