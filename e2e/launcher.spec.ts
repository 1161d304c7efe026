// `npm run demo` / `npm start` without DATABASE_URL: embedded PostgreSQL, migrations, the
// production server; Ctrl-C stops everything; the next start finds the data.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { embeddedUrl } from "../lib/db/embedded";
import { childEnv } from "../lib/env";
import { E2E_LAUNCHER_PORT } from "./fixtures/e2e-env";

const PORT = E2E_LAUNCHER_PORT;
const PG_PORT = 54391 + (E2E_LAUNCHER_PORT - 3102);
let dataDir: string;

test.beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "ramparts-launcher-"));
  chmodSync(dataDir, 0o755);
});
test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function launch(): { child: ChildProcess; output: () => string } {
  let output = "";
  // Its own process group, so that a signal reaches every process as Ctrl-C in a terminal does.
  // Exactly what `npm start` runs (package.json "start").
  const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/serve.ts", "start"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: childEnv({ DATABASE_URL: undefined, PORT: String(PORT), RAMPARTS_DATA_DIR: dataDir, RAMPARTS_EMBEDDED_PG_PORT: String(PG_PORT) }),
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitForHealth(output: () => string): Promise<Response> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      return await fetch(`http://127.0.0.1:${PORT}/api/health`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the server did not answer within 60 s; its output:\n${output()}`);
}

async function pressCtrlC(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGINT");
  await exited;
}

function leftovers(): string[] {
  return execFileSync("ps", ["-eo", "args"]).toString().split("\n")
    .filter((line) => line.includes(dataDir) || /next-server/.test(line) && line.includes(String(PORT)));
}

test("starts with an embedded PostgreSQL, stops cleanly on Ctrl-C, and finds its data again", async () => {
  test.setTimeout(180_000);
  const first = launch();
  const health = await waitForHealth(first.output);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ database: { reachable: true }, migrations: { state: "up_to_date" } });
  expect(first.output()).toContain("Applied migrations");
  expect(first.output()).toContain("Using the local session secret");

  const client = new pg.Client({ connectionString: embeddedUrl(PG_PORT, "ramparts") });
  await client.connect();
  await client.query(`INSERT INTO clusters (id, name, connection_kind, updated_at) VALUES (gen_random_uuid(), 'kept-across-restarts', 'in_cluster', now())`);
  await client.end();

  await pressCtrlC(first.child);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(leftovers()).toEqual([]);
  await expect(fetch(`http://127.0.0.1:${PORT}/api/health`)).rejects.toThrow();

  const second = launch();
  expect((await waitForHealth(second.output)).status).toBe(200);
  expect(second.output()).toContain("Database schema is up to date.");
  // Pages need an account: `npm run user:create` on the running server's database, then sign in.
  const anonymous = await fetch(`http://127.0.0.1:${PORT}/clusters`, { redirect: "manual" });
  expect(anonymous.status).toBe(307);
  expect(anonymous.headers.get("location")).toMatch(/\/sign-in\?next=%2Fclusters$/);
  // Asynchronously: a blocked event loop would miss the server closing the idle keep-alive socket.
  const created = await promisify(execFile)("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/user-create.ts", "--viewer", "launcher@example.test"], {
    env: childEnv({ DATABASE_URL: embeddedUrl(PG_PORT, "ramparts"), RAMPARTS_PASSWORD: "launcher test password" }),
  });
  expect(created.stdout).toContain("Created viewer launcher@example.test.");
  const signIn = await fetch(`http://127.0.0.1:${PORT}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://127.0.0.1:${PORT}` },
    body: JSON.stringify({ email: "launcher@example.test", password: "launcher test password" }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.getSetCookie().map((header) => header.split(";")[0]).join("; ");
  const page = await fetch(`http://127.0.0.1:${PORT}/clusters`, { headers: { cookie } });
  expect(await page.text()).toContain("kept-across-restarts");
  await pressCtrlC(second.child);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(leftovers()).toEqual([]);
});
