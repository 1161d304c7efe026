// Playwright global setup (and, by the function it returns, teardown) of `npm run test:e2e`.
// Playwright starts the web servers first (playwright.config.ts), then this:
// 1. creates and migrates the "own data" database served on E2E_OWN_DATA_PORT, for the specs that
//    need a database without the demo (e2e/fixtures/e2e-env.ts);
// 2. starts scripts/e2e-demo.ts on the run's test database (DATABASE_URL, served on E2E_PORT):
//    the demo's fake API servers and clusters with their history, the e2e-only untrusted-strings
//    cluster, and a scan worker with the web servers' encryption key; it waits until the worker
//    has scanned every cluster live.
// lib/demo and lib/db are "server-only" modules that need the react-server condition, which this
// process (Playwright's own) cannot have: hence a tsx child, in its own process group, which
// stays alive until the teardown stops it (or stops by itself when this process dies).
// 3. creates an admin, an editor and a viewer (e2e/fixtures/e2e-env.ts) in both databases and
//    saves a signed-in admin state per web server, which the projects use by default: specs run
//    signed in without knowing it; e2e/auth.spec.ts signs in and out itself.
// Teardown: stops the child (worker first), kills its group if it lingers, drops the own-data
// database. scripts/with-test-db.ts drops the test database itself afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FullConfig } from "@playwright/test";
import pg from "pg";
import { applyMigrations } from "../lib/db/migrations";
import { childEnv, env } from "../lib/env";
import {
  E2E_AUTH_SECRET, E2E_DEMO_READY_MARKER, E2E_ENCRYPTION_KEY, E2E_OWN_DATA_PORT, E2E_PORT, E2E_STORAGE_STATE, E2E_USERS, TEST_DATABASE_PREFIX, databaseName, ownDataDatabaseUrl,
} from "./fixtures/e2e-env";
import { createE2eUsers, saveSignedInState } from "./fixtures/users";

const READY_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 40_000;
const WARM_UP_PATHS = ["/", "/clusters", "/clusters/new", "/reports", "/settings", "/api/clusters", "/api/overview"];
const WARM_UP_POSTS = ["/api/clusters/test-connection", "/api/clusters/inspect"];

async function onTestServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const dropOwnData = (testUrl: string, name: string) =>
  onTestServer(testUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function stopDemo(child: ChildProcess): Promise<void> {
  if (!alive(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
  // The worker and the tsx loaders are in the child's group: nothing of it may outlive the run.
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    // the group is empty: everything stopped by itself
  }
}

/**
 * `next start` loads a route's code on its first request: a cold page can take seconds on a busy
 * machine, which the first spec to open it would pay out of its own timeout. Read-only pages only.
 */
async function warmUp(cookies: Record<number, string>): Promise<void> {
  const started = Date.now();
  for (const port of [E2E_PORT, E2E_OWN_DATA_PORT]) {
    const headers = { cookie: cookies[port] ?? "" };
    for (const path of WARM_UP_PATHS) await fetch(`http://127.0.0.1:${port}${path}`, { headers }).then((response) => response.text(), () => "");
    // The form's connection test: an empty body is refused (400) without side effects, but loads the route.
    for (const path of WARM_UP_POSTS) {
      await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: "{}" }).then((response) => response.text(), () => "");
    }
  }
  console.log(`[e2e] web servers warmed up in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  // playwright.dev.config.ts runs the specs against an already running `npm run demo:dev`
  // (another base URL, no web servers of ours): nothing to set up there.
  if (!config.projects.some((project) => project.use.baseURL === `http://127.0.0.1:${E2E_PORT}`)) {
    console.log("[e2e] no web servers in this configuration: using the running app and its data as they are.");
    return async () => {};
  }
  const { DATABASE_URL } = env();
  if (!DATABASE_URL || !databaseName(DATABASE_URL).startsWith(TEST_DATABASE_PREFIX)) {
    throw new Error(`The end-to-end tests need a scratch test database: run them with \`npm run test:e2e\` (scripts/with-test-db.ts sets DATABASE_URL to a fresh ${TEST_DATABASE_PREFIX}* database).`);
  }

  const ownDataUrl = ownDataDatabaseUrl(DATABASE_URL);
  const ownDataName = databaseName(ownDataUrl);
  await onTestServer(DATABASE_URL, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(ownDataName)}`));
  await applyMigrations(ownDataUrl);
  await createE2eUsers(ownDataUrl);
  console.log(`[e2e] own-data database ${ownDataName} ready.`);

  const child = spawn(join("node_modules", ".bin", "tsx"), ["--conditions=react-server", join("scripts", "e2e-demo.ts")], {
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
    env: childEnv({ DATABASE_URL, RAMPARTS_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY, RAMPARTS_AUTH_SECRET: E2E_AUTH_SECRET, NODE_ENV: "production" }),
  });
  let output = "";
  let pending = "";
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const relay = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith(E2E_DEMO_READY_MARKER)) onReady();
      else if (line.trim()) console.log(line);
    }
  };
  child.stdout!.on("data", relay);
  child.stderr!.on("data", relay);
  const exited = new Promise<string>((resolve) => child.once("exit", (code, signal) => resolve(`exited (${signal ?? `code ${code}`})`)));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`was not ready within ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS)));

  const teardown = async () => {
    await stopDemo(child);
    await dropOwnData(DATABASE_URL, ownDataName).catch((error: unknown) => console.error(`[e2e] could not drop ${ownDataName}:`, error));
  };

  const problem = await Promise.race([ready.then(() => undefined), exited, timedOut]);
  clearTimeout(timer);
  if (problem) {
    await teardown();
    throw new Error(`scripts/e2e-demo.ts ${problem}; its output:\n${output}`);
  }
  try {
    await createE2eUsers(DATABASE_URL);
    const { email, password } = E2E_USERS.admin;
    await saveSignedInState(E2E_STORAGE_STATE.main, `http://127.0.0.1:${E2E_PORT}`, email, password);
    await saveSignedInState(E2E_STORAGE_STATE.ownData, `http://127.0.0.1:${E2E_OWN_DATA_PORT}`, email, password);
    console.log(`[e2e] ${Object.keys(E2E_USERS).join(", ")} created; signed in as ${email} on both servers.`);
  } catch (error) {
    await teardown();
    throw error;
  }
  const readState = async (path: string) => {
    const { cookies } = JSON.parse(await readFile(path, "utf8")) as { cookies: { name: string; value: string }[] };
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  };
  await warmUp({ [E2E_PORT]: await readState(E2E_STORAGE_STATE.main), [E2E_OWN_DATA_PORT]: await readState(E2E_STORAGE_STATE.ownData) });
  return teardown;
}
