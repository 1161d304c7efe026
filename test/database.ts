// Helpers for integration tests: the run's own database (created by scripts/with-test-db.ts),
// and scratch databases on the same server.
import pg from "pg";
import { env } from "../lib/env";

export function testDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("Integration tests run through `npm run test:int`, which provides DATABASE_URL.");
  return url;
}

export function urlForDatabase(name: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database on the test server; returns its URL and a drop function. */
export async function createScratchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now()}_${Math.random().toString(36).slice(2, 7)}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  await admin.end();
  return {
    url: urlForDatabase(name),
    async drop() {
      const dropper = new pg.Client({ connectionString: testDatabaseUrl() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${dropper.escapeIdentifier(name)} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
