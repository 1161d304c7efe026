import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from "../auth/password";
import type { TRole } from "../auth/roles";
import type { TLocale } from "../i18n/locale";
import { AppError } from "../errors";
import { db, type TDatabase } from "./client";

export interface TNewUser {
  email: string;
  role: TRole;
  password: string;
  name?: string;
}

/** Emails are compared lowercased, as better-auth does at sign-in. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Creates a user and their password (argon2id) — the only way accounts come to exist: there is no
 * sign-up. An existing email gets its role and password replaced and every session ended.
 */
export async function saveUser(user: TNewUser, client: TDatabase = db()): Promise<{ id: string; created: boolean }> {
  const email = normaliseEmail(user.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) throw new AppError("validation_failed", "emailInvalid", { email });
  // lib/auth/password.ts passwordProblem's rule, with a message in the API caller's language.
  if (user.password.length < MIN_PASSWORD_LENGTH) throw new AppError("validation_failed", "passwordTooShort", { min: MIN_PASSWORD_LENGTH });
  if (user.password.length > MAX_PASSWORD_LENGTH) throw new AppError("validation_failed", "passwordTooLong", { max: MAX_PASSWORD_LENGTH });
  const hash = await hashPassword(user.password);
  return client.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing) {
      await tx.user.update({ where: { id: existing.id }, data: { role: user.role } });
      await tx.account.deleteMany({ where: { userId: existing.id, providerId: "credential" } });
      await tx.account.create({ data: { id: randomUUID(), userId: existing.id, accountId: existing.id, providerId: "credential", password: hash } });
      await tx.session.deleteMany({ where: { userId: existing.id } });
      return { id: existing.id, created: false };
    }
    const id = randomUUID();
    await tx.user.create({ data: { id, email, name: user.name ?? email.split("@")[0]!, role: user.role, emailVerified: true } });
    await tx.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash } });
    return { id, created: true };
  });
}

export async function userExists(email: string, client: TDatabase = db()): Promise<boolean> {
  return (await client.user.count({ where: { email: normaliseEmail(email) } })) > 0;
}

/** True when `email` exists and `password` is theirs (argon2id check). */
export async function passwordMatches(email: string, password: string, client: TDatabase = db()): Promise<boolean> {
  const account = await client.account.findFirst({ where: { providerId: "credential", user: { email: normaliseEmail(email) } } });
  return account?.password ? verifyPassword(account.password, password) : false;
}

/** Sets a user's role (single sign-on re-evaluates it at every sign-in). */
export async function setUserRole(userId: string, role: TRole, client: TDatabase = db()): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { role } });
}

/** True when `email` names a user an admin has disabled. */
export async function isDisabled(email: string, client: TDatabase = db()): Promise<boolean> {
  const user = await client.user.findUnique({ where: { email: normaliseEmail(email) }, select: { disabledAt: true } });
  return user?.disabledAt != null;
}

/** Remembers a successful sign-in (shown on the users page). */
export async function recordSignIn(userId: string, at = new Date(), client: TDatabase = db()): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { lastSignInAt: at } });
}

/** Remembers the language a user chose in the header (read back with their session). */
export async function saveUserLocale(userId: string, locale: TLocale, client: TDatabase = db()): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { locale } });
}
