// Applies the committed migrations in prisma/migrations exactly as `prisma migrate deploy`
// does (same folder format, same `_prisma_migrations` bookkeeping), through the WASM engine.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { listMigrationNames, MIGRATIONS_DIR, PRISMA_DIR } from "./migration-files";
import { openSchemaEngine } from "./schema-engine";

export { MIGRATIONS_DIR, PRISMA_DIR };
const NO_FILTER = { externalTables: [], externalEnums: [] };

export async function readMigrationsList(): Promise<MigrationList> {
  const dir = MIGRATIONS_DIR;
  const names = await listMigrationNames();
  const lockPath = join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    // The engine wants each directory by its bare name, not a path.
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

export async function readSchema(): Promise<string> {
  return readFile(join(PRISMA_DIR, "schema.prisma"), "utf8");
}

/**
 * The session-level advisory lock taken around applying migrations, so that two processes
 * starting together (web replicas, the migration Job and a web pod) apply them one after the
 * other: the second finds nothing left to do. Not the key the schema engine may take for itself
 * (72707369), which would make us wait for our own session.
 */
export const MIGRATION_LOCK_KEY = 0x72a4_7001;

/** Applies every pending migration; returns the names applied now (empty when up to date). */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    const handle = await openSchemaEngine(connectionString, await readSchema());
    try {
      const result = await handle.engine.applyMigrations({
        migrationsList: await readMigrationsList(),
        filters: NO_FILTER,
      });
      return result.appliedMigrationNames;
    } finally {
      await handle.close();
    }
  } finally {
    // Ending the session releases the lock, also when the unlock itself cannot be sent.
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await lock.end().catch(() => {});
  }
}

/**
 * Where the schema stood at the last committed migration. Diffing from this snapshot needs no
 * database at all (a shadow database through the WASM engine is not reliable, and diffing a
 * live PostgreSQL 18 fails); `db:migration:create` refreshes it with every migration.
 */
export const SCHEMA_SNAPSHOT = join(MIGRATIONS_DIR, "schema-at-last-migration.prisma");

/** SQL that takes a database at the last committed migration to the current schema. */
export async function diffSchemaAgainstMigrations(connectionString: string): Promise<string> {
  const schema = await readSchema();
  const handle = await openSchemaEngine(connectionString, schema);
  try {
    const result = await handle.engine.diff({
      from: existsSync(SCHEMA_SNAPSHOT)
        ? { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: await readFile(SCHEMA_SNAPSHOT, "utf8") }] }
        : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  } finally {
    await handle.close();
  }
}
