import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { db } from "../db/client";
import { env } from "../env";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "./password";
import { ROLES, type TRole } from "./roles";
import { isLocale, type TLocale } from "../i18n/locale";
import { cameOverHttps } from "../security/headers";

// Accounts and sessions are better-auth's (https://better-auth.com), on our Prisma client:
// email + password only, no sign-up (users come from `npm run user:create`, an admin, or the
// demo), passwords hashed with argon2id (./password.ts). Its HTTP handler is not mounted: the
// three auth route handlers (app/api/auth/*) call its server API through lib/api/route.ts, so
// nothing reaches an endpoint we did not choose to expose.
//
// A session cookie is httpOnly, SameSite=Lax, and Secure with the `__Secure-` prefix when the
// request came over HTTPS. better-auth fixes that choice per instance, hence one instance per
// scheme, picked per request.

const SESSION_DAYS = 7;

function createAuth(secure: boolean) {
  return betterAuth({
    appName: "Ramparts",
    secret: env().RAMPARTS_AUTH_SECRET,
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
        // Set through PUT /api/me/locale only (lib/db/users.ts saveUserLocale).
        locale: { type: "string", required: false, input: false },
      },
    },
    session: { expiresIn: SESSION_DAYS * 24 * 3600, updateAge: 24 * 3600 },
    advanced: { useSecureCookies: secure, cookiePrefix: "ramparts" },
    telemetry: { enabled: false },
    logger: { level: "error" },
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
