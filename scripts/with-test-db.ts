// tsx scripts/with-test-db.ts <command…>
// Runs a test command against a fresh database of its own, so that runs never disturb each
// other: on the server of DATABASE_URL when set (a new database, dropped afterwards), else in a
// throw-away embedded PostgreSQL. Migrations are applied first. Exits with the command's code.
import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { childEnv, env } from "../lib/env";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrations";
import { freePort } from "./free-port";

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("Usage: tsx scripts/with-test-db.ts <command> [args…]");
  process.exit(2);
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function run(): Promise<number> {
  const name = `ramparts_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const cleanups: (() => Promise<void>)[] = [];
  let url: string;
  const serverUrl = env().DATABASE_URL;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    await admin.end();
    url = withDatabaseName(serverUrl, name);
    cleanups.push(async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${dropper.escapeIdentifier(name)} WITH (FORCE)`);
      await dropper.end();
    });
    console.log(`Test database ${name} created on the DATABASE_URL server.`);
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), "ramparts-test-"));
    // mkdtemp makes it 0700; PostgreSQL runs as `postgres` when we are root and must traverse it.
    await chmod(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: name });
    url = embedded.url;
    cleanups.push(async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    });
    console.log(`Test database ${name} created in a throw-away embedded PostgreSQL.`);
  }
  try {
    await applyMigrations(url);
    const [bin, ...args] = command as [string, ...string[]];
    const child = spawn(bin.includes("/") ? bin : join("node_modules", ".bin", bin), args, {
      stdio: "inherit",
      env: childEnv({ DATABASE_URL: url }),
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    return await new Promise<number>((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error("Cleanup failed:", error));
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
