import { execFileSync, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function postgresProcessesFor(dir: string): string[] {
  return execFileSync("ps", ["-eo", "args"]).toString().split("\n").filter((line) => line.includes(dir) && /postgres/.test(line));
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "ramparts-embedded-"));
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps its data across a stop and a start, and leaves no process behind", async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, database: "ramparts" });
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    expect(postgresProcessesFor(join(dataDir, "postgres"))).toEqual([]);

    const second = await startEmbeddedPostgres({ dataDir, port, database: "ramparts" });
    expect((await query(second.url, "SELECT value FROM kept")).rows).toEqual([{ value: "still here" }]);
    await second.stop();
    expect(postgresProcessesFor(join(dataDir, "postgres"))).toEqual([]);
  });

  it("recovers when an earlier run was killed with SIGKILL and left postgres running", async () => {
    const port = await freePort();
    const child = spawn("node_modules/.bin/tsx", ["test/fixtures/start-embedded.ts", dataDir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.once("exit", () => reject(new Error("the child exited before it was ready")));
    });
    // tsx runs the script in a grandchild: kill the whole tree the hard way, as a crash would.
    execFileSync("pkill", ["-KILL", "-f", "test/fixtures/start-embedded.ts"]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(postgresProcessesFor(join(dataDir, "postgres")).length).toBeGreaterThan(0);

    const again = await startEmbeddedPostgres({ dataDir, port, database: "ramparts" });
    expect((await query(again.url, "SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]);
    await again.stop();
    expect(postgresProcessesFor(join(dataDir, "postgres"))).toEqual([]);
  });
});
