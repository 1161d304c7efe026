import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../../test/database";
import { listMigrationNames } from "./migration-files";
import { applyMigrations } from "./migrations";

describe("applyMigrations (WASM schema engine, real PostgreSQL)", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase("ramparts_migrate");
  });
  afterAll(async () => {
    await scratch.drop();
  });

  it("applies every committed migration once, then nothing", async () => {
    const expected = await listMigrationNames();
    expect(expected.length).toBeGreaterThan(0);
    expect(await applyMigrations(scratch.url)).toEqual(expected);
    expect(await applyMigrations(scratch.url)).toEqual([]);
  });

  it("records them in _prisma_migrations as `prisma migrate deploy` does and creates the tables", async () => {
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const rows = await client.query("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name");
      expect(rows.rows.map((row) => row.migration_name)).toEqual(await listMigrationNames());
      expect(rows.rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum) && row.finished_at)).toBe(true);
      const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
      expect(tables.rows.map((row) => row.tablename)).toEqual(
        expect.arrayContaining(["clusters", "scans", "findings", "ratings_versions", "quick_win_ratings", "exceptions", "exception_events"]),
      );
    } finally {
      await client.end();
    }
  });
});
