import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { DatabaseUnavailableError } from "../errors";
import { PrismaClient } from "../../prisma/generated/client";

export type TDatabase = PrismaClient;

/** A client on `connectionString`; connection attempts give up after 5 s instead of hanging. */
export function createDatabaseClient(connectionString: string): TDatabase {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: 10 }),
  });
}

// One client per server process; kept on globalThis so `next dev` reloads do not leak pools.
const holder = globalThis as typeof globalThis & { rampartsDb?: TDatabase };

export function db(): TDatabase {
  if (holder.rampartsDb) return holder.rampartsDb;
  const url = env().DATABASE_URL;
  if (!url) {
    throw new DatabaseUnavailableError(
      "DATABASE_URL is not set (start Ramparts with `npm run demo` or `npm start` to use the embedded PostgreSQL)",
    );
  }
  holder.rampartsDb = createDatabaseClient(url);
  return holder.rampartsDb;
}
