import "server-only";
import { DatabaseUnavailableError } from "../errors";
import { asDatabaseUnavailable } from "./connection-errors";
import type { TDatabase } from "./client";
import { listMigrationNames } from "./migration-files";

export interface THealth {
  status: "ok" | "degraded" | "down";
  database: { reachable: boolean; latencyMs?: number; error?: string };
  migrations: {
    state: "up_to_date" | "pending" | "not_initialised" | "unknown" | "failed";
    applied: number;
    pending: string[];
    failed: string[];
    latest?: string;
  };
}

interface TMigrationRow {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Database reachability and migration state, for /api/health. Never throws. */
export async function checkHealth(database: () => TDatabase): Promise<THealth> {
  const expected = await listMigrationNames();
  const started = performance.now();
  let rows: TMigrationRow[];
  try {
    const client = database();
    await client.$queryRaw`SELECT 1`;
    const table = await client.$queryRaw<{ name: string | null }[]>`SELECT to_regclass('_prisma_migrations')::text AS name`;
    rows = table[0]?.name
      ? await client.$queryRaw<TMigrationRow[]>`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`
      : [];
  } catch (error) {
    const unavailable = error instanceof DatabaseUnavailableError ? error : asDatabaseUnavailable(error);
    return {
      status: "down",
      database: { reachable: false, error: unavailable?.reason ?? "the database query failed" },
      migrations: { state: "unknown", applied: 0, pending: expected, failed: [] },
    };
  }
  const latencyMs = Math.round(performance.now() - started);
  const done = new Set(rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name));
  const failed = rows.filter((row) => !row.finished_at && !row.rolled_back_at).map((row) => row.migration_name);
  const pending = expected.filter((name) => !done.has(name));
  const state = failed.length ? "failed" : rows.length === 0 ? "not_initialised" : pending.length ? "pending" : "up_to_date";
  return {
    status: state === "up_to_date" ? "ok" : "degraded",
    database: { reachable: true, latencyMs },
    migrations: { state, applied: done.size, pending, failed, latest: [...done].sort().at(-1) },
  };
}
