// One launcher for `npm run dev`, `npm start`, `npm run demo` and `npm run demo:dev` (the demo's
// clusters, history and worker behind `next dev`, for working on the UI with real data):
// database (DATABASE_URL, else the embedded PostgreSQL under .data/) → migrations (unless
// RAMPARTS_MIGRATE_ON_START=false; always under an advisory lock) → Next.js.
// Production and demo serve through scripts/web-server.ts (Next.js behind a draining server), dev
// through `next dev`. On Ctrl-C or SIGTERM it stops the web server (which finishes the requests in
// flight, up to RAMPARTS_SHUTDOWN_GRACE_SECONDS), then PostgreSQL, and exits: no orphans.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadOrCreateLocalSecret, randomSecret } from "../lib/auth/local-secret";
import { loadOrCreateDemoKey } from "../lib/crypto/credentials";
import { ensureDemoAdmin } from "../lib/demo/demo-admin";
import { startDemo, type TDemo } from "../lib/demo/demo";
import { childEnv, env, setEnvForThisProcess } from "../lib/env";
import { applyMigrations } from "../lib/db/migrations";
import { buildIsCurrent } from "./build-current";
import { openDatabase, type OpenDatabase } from "./database";

type TMode = "dev" | "start" | "demo" | "demo-dev";
const requested = process.argv[2] as TMode;
if (!["dev", "start", "demo", "demo-dev"].includes(requested)) {
  console.error("Usage: tsx scripts/serve.ts dev|start|demo|demo-dev");
  process.exit(2);
}

const NEXT = join("node_modules", ".bin", "next");
const withDemo = requested === "demo" || requested === "demo-dev";
const mode: "dev" | "start" | "demo" = requested === "demo-dev" ? "dev" : requested;

let database: OpenDatabase | undefined;
let server: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let demo: TDemo | undefined;
let stopping = false;

/** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
async function stopChild(child: ChildProcess | undefined, graceMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    // The web server and the worker drain for the grace period themselves; a few more seconds
    // before SIGKILL let them finish saying so.
    const graceMs = (env().RAMPARTS_SHUTDOWN_GRACE_SECONDS + 5) * 1_000;
    await Promise.all([stopChild(server, graceMs), stopChild(worker, graceMs)]);
    await demo?.stop().catch(() => {});
    if (database?.embedded) console.log("Stopping the embedded PostgreSQL…");
    await database?.stop().catch((error: unknown) => console.error("PostgreSQL did not stop cleanly:", error));
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));

async function main(): Promise<void> {
  const { PORT, HOSTNAME } = env();
  database = await openDatabase((line) => console.error(line));
  console.log(database.embedded ? `Embedded PostgreSQL ready (data in ${env().RAMPARTS_DATA_DIR}/postgres).` : "Using DATABASE_URL.");
  if (env().RAMPARTS_MIGRATE_ON_START) {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  } else {
    console.log("RAMPARTS_MIGRATE_ON_START=false: migrations are left to `npm run db:migrate`.");
  }
  setEnvForThisProcess("DATABASE_URL", database.url);

  // The demo and local development keep a generated key under the data directory; production
  // sets RAMPARTS_ENCRYPTION_KEY itself.
  if (!env().RAMPARTS_ENCRYPTION_KEY && mode !== "start") {
    const key = await loadOrCreateDemoKey(env().RAMPARTS_DATA_DIR);
    setEnvForThisProcess("RAMPARTS_ENCRYPTION_KEY", key.toString("base64"));
    console.log(`Using the local encryption key in ${env().RAMPARTS_DATA_DIR}/encryption.key.`);
  }
  // Session cookies are signed with RAMPARTS_AUTH_SECRET; a local start keeps one under the data
  // directory, so sessions survive restarts.
  if (!env().RAMPARTS_AUTH_SECRET) {
    setEnvForThisProcess("RAMPARTS_AUTH_SECRET", await loadOrCreateLocalSecret(env().RAMPARTS_DATA_DIR, "auth.secret", () => randomSecret()));
    console.log(`Using the local session secret in ${env().RAMPARTS_DATA_DIR}/auth.secret.`);
  }
  let demoAdmin: { email: string; password: string } | undefined;
  if (withDemo) {
    demoAdmin = await ensureDemoAdmin(env().RAMPARTS_DATA_DIR);
    console.log("Starting the demo clusters (first start: scanning four weeks of history)…");
    demo = await startDemo((line) => console.log(line));
  }
  const shared = { DATABASE_URL: database.url, RAMPARTS_ENCRYPTION_KEY: env().RAMPARTS_ENCRYPTION_KEY, RAMPARTS_AUTH_SECRET: env().RAMPARTS_AUTH_SECRET };

  if (mode === "demo" && !buildIsCurrent()) {
    console.log("Building Ramparts (first start or sources changed)…");
    const build = spawnSync(NEXT, ["build"], { stdio: "inherit", env: childEnv({ NODE_ENV: "production" }) });
    if (build.status !== 0) {
      console.error("The build failed; see the output above.");
      await shutdown(1);
    }
  }
  if (mode === "start" && !existsSync(join(".next", "BUILD_ID"))) {
    console.error("No production build found: run `npm run build` first (or `npm run demo`, which builds).");
    await shutdown(1);
  }

  // `next start` would stop at SIGTERM without a bound or a word to health checks: production
  // goes through our draining server (without the react-server condition: Next.js loads its bundles).
  const [command, args] = mode === "dev"
    ? [NEXT, ["dev", "-p", String(PORT), "-H", HOSTNAME]]
    : [process.execPath, ["--import", "tsx", join("scripts", "web-server.ts")]];
  server = spawn(command, args, {
    stdio: "inherit",
    env: childEnv({ ...shared, NODE_ENV: mode === "dev" ? "development" : "production" }),
  });
  if (withDemo) {
    // Scheduled and on-demand scans work out of the box: a worker runs beside the web server.
    worker = spawn(join("node_modules", ".bin", "tsx"), ["--conditions=react-server", join("scripts", "worker.ts")], {
      stdio: "inherit",
      env: childEnv({ ...shared, NODE_ENV: "production" }),
    });
    worker.once("exit", (code, signal) => {
      if (!stopping) console.error(`The worker exited (${signal ?? `code ${code}`}); scans will not run until the demo restarts.`);
    });
  }
  server.once("spawn", () => {
    console.log(`\nRamparts is starting on http://localhost:${PORT}  (Ctrl-C to stop)`);
    // The demo's own throwaway account, kept in the data directory: printing it is the point.
    if (demoAdmin) console.log(`Sign in as ${demoAdmin.email} with the password ${demoAdmin.password}  (kept in ${env().RAMPARTS_DATA_DIR}/demo-admin.password)`);
    console.log("");
  });
  server.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`The web server exited (${signal ?? `code ${code}`}).`);
    void shutdown(code ?? 1);
  });
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
