import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { TUser } from "../api/schemas/users";
import { hashPassword } from "../auth/password";
import type { TRole } from "../auth/roles";
import { AppError } from "../errors";
import type { Prisma } from "../../prisma/generated/client";
import { db } from "./client";

// What admins do to accounts from /settings/users. Every change that could leave Ramparts
// without an admin who can sign in (demoting, disabling or deleting the last one) is refused
// inside the transaction that makes it, after locking the admin rows, so two admins demoting
// each other at the same moment cannot both succeed.

type TTx = Prisma.TransactionClient;

const USER_FIELDS = { id: true, email: true, name: true, role: true, disabledAt: true, lastSignInAt: true, createdAt: true, _count: { select: { sessions: true } } } as const;

type TUserRow = Prisma.UserGetPayload<{ select: typeof USER_FIELDS }>;

function userJson(row: TUserRow): TUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt,
    lastSignInAt: row.lastSignInAt,
    sessions: row._count.sessions,
  };
}

/** A password for a person to type once and change: 24 characters of base64url (144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function listUsers(): Promise<TUser[]> {
  const rows = await db().user.findMany({ select: USER_FIELDS, orderBy: [{ email: "asc" }] });
  return rows.map(userJson);
}

async function findUser(tx: TTx, id: string): Promise<TUserRow> {
  const row = await tx.user.findUnique({ where: { id }, select: USER_FIELDS });
  if (!row) throw new AppError("not_found", "notFound", { what: "user" });
  return row;
}

/** Locks every admin row and refuses when `leaving` is the last enabled admin. */
async function keepAnAdmin(tx: TTx, leaving: string, change: "demote" | "disable" | "delete"): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string; disabled_at: Date | null }[]>`SELECT id, disabled_at FROM users WHERE role = 'admin' FOR UPDATE`;
  const others = admins.filter((admin) => admin.id !== leaving && admin.disabled_at === null);
  if (admins.some((admin) => admin.id === leaving) && others.length === 0) {
    throw new AppError("conflict", "lastAdmin", { change });
  }
}

export async function createUser(input: { email: string; name?: string; role: TRole; password: string }): Promise<TUser> {
  const hash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) throw new AppError("conflict", "userExists", { email: input.email });
    const id = randomUUID();
    const name = input.name?.trim() || input.email.split("@")[0]!;
    await tx.user.create({ data: { id, email: input.email, name, role: input.role, emailVerified: true } });
    await tx.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash } });
    return userJson(await findUser(tx, id));
  });
}

export interface TUserChange {
  before: TUser;
  after: TUser;
}

/** Changes a role and/or disables (ending every session) or enables a user. */
export async function updateUser(id: string, change: { role?: TRole; disabled?: boolean }, actorId: string): Promise<TUserChange> {
  return db().$transaction(async (tx) => {
    const before = userJson(await findUser(tx, id));
    const demoted = change.role !== undefined && change.role !== "admin" && before.role === "admin";
    const disabling = change.disabled === true && !before.disabled;
    if (disabling && id === actorId) throw new AppError("conflict", "cannotDisableSelf");
    if (demoted) await keepAnAdmin(tx, id, "demote");
    if (disabling) await keepAnAdmin(tx, id, "disable");
    await tx.user.update({
      where: { id },
      data: {
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.disabled !== undefined ? { disabledAt: change.disabled ? (before.disabled ? undefined : new Date()) : null } : {}),
      },
    });
    // A disabled user is out at once, not when their cookie expires.
    if (disabling) await tx.session.deleteMany({ where: { userId: id } });
    return { before, after: userJson(await findUser(tx, id)) };
  });
}

/** Deletes a user, their password and sessions. Their past actions stay in the audit log (by email). */
export async function deleteUser(id: string, actorId: string): Promise<TUser> {
  if (id === actorId) throw new AppError("conflict", "cannotDeleteSelf");
  return db().$transaction(async (tx) => {
    const user = userJson(await findUser(tx, id));
    await keepAnAdmin(tx, id, "delete");
    await tx.user.delete({ where: { id } });
    return user;
  });
}

/** Replaces a user's password and ends every session they have. */
export async function resetPassword(id: string, password: string): Promise<TUser> {
  const hash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    await findUser(tx, id);
    await tx.account.deleteMany({ where: { userId: id, providerId: "credential" } });
    await tx.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: "credential", password: hash } });
    await tx.session.deleteMany({ where: { userId: id } });
    return userJson(await findUser(tx, id));
  });
}

/** Signs a user out of every browser; how many sessions ended. */
export async function endSessions(id: string): Promise<{ user: TUser; ended: number }> {
  return db().$transaction(async (tx) => {
    const user = userJson(await findUser(tx, id));
    const { count } = await tx.session.deleteMany({ where: { userId: id } });
    return { user: { ...user, sessions: 0 }, ended: count };
  });
}
