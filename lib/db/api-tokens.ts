import "server-only";
import { hashTokenSecret, newTokenSecret, shownPrefix, type TTokenScope } from "../auth/tokens";
import { AppError } from "../errors";
import type { ApiToken } from "../../prisma/generated/client";
import { db } from "./client";
import { asDatabaseUnavailable } from "./connection-errors";

/** A token as lists show it: never the secret, never its hash. */
export interface TApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: TTokenScope;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** last_used_at is written at most this often per token: a scraper calling every 15 s costs one write a minute. */
export const LAST_USED_PRECISION_MS = 60_000;

function rowOf(token: ApiToken): TApiTokenRow {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scope: token.scope,
    createdBy: token.createdBy,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asDatabaseUnavailable(error) ?? error;
  }
}

/** Creates a token; the secret is returned here and never again (only its hash is stored). */
export async function createApiToken(input: { name: string; scope: TTokenScope; createdById: string; createdBy: string }): Promise<{ token: TApiTokenRow; secret: string }> {
  const secret = newTokenSecret();
  const token = await guarded(() =>
    db().apiToken.create({ data: { ...input, prefix: shownPrefix(secret), secretHash: hashTokenSecret(secret) } }),
  );
  return { token: rowOf(token), secret };
}

/** Every token, newest first, revoked ones included (they stay for the record). */
export async function listApiTokens(): Promise<TApiTokenRow[]> {
  const tokens = await guarded(() => db().apiToken.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }] }));
  return tokens.map(rowOf);
}

/** Revokes a token at once (its next call answers 401). Revoking a revoked token changes nothing. */
export async function revokeApiToken(id: string, now = new Date()): Promise<{ token: TApiTokenRow; changed: boolean }> {
  return guarded(async () => {
    const changed = (await db().apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } })).count > 0;
    const token = await db().apiToken.findUnique({ where: { id } });
    if (!token) throw new AppError("not_found", "notFound", { what: "token" });
    return { token: rowOf(token), changed };
  });
}

/** The token a secret belongs to, if it exists and is not revoked. */
export async function activeTokenBySecret(secret: string): Promise<TApiTokenRow | null> {
  const token = await guarded(() => db().apiToken.findUnique({ where: { secretHash: hashTokenSecret(secret) } }));
  return token && token.revokedAt === null ? rowOf(token) : null;
}

/** Records a use, unless one was recorded less than a minute ago (no write at all then). */
export async function touchApiToken(token: TApiTokenRow, now = new Date()): Promise<void> {
  if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
  const before = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  await guarded(() =>
    db().apiToken.updateMany({ where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: before } }] }, data: { lastUsedAt: now } }),
  );
}
