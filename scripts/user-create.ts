// npm run user:create -- --admin|--editor|--viewer EMAIL
// Creates a user (or, for an existing email, replaces their role and password and ends their
// sessions). The password comes from RAMPARTS_PASSWORD, else it is asked for twice without echo;
// fewer than 12 characters is refused. There is no sign-up: this is how accounts come to exist.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { passwordProblem } from "../lib/auth/password";
import { ROLES, type TRole } from "../lib/auth/roles";
import { applyMigrations } from "../lib/db/migrations";
import { saveUser } from "../lib/db/users";
import { env, setEnvForThisProcess } from "../lib/env";
import { withDatabase } from "./database";

const USAGE = `Usage: npm run user:create -- --admin|--editor|--viewer EMAIL
The password is read from RAMPARTS_PASSWORD, else asked for (not echoed). At least 12 characters.`;

function readArguments(): { email: string; role: TRole } {
  const { values, positionals } = parseArgs({
    options: { admin: { type: "boolean" }, editor: { type: "boolean" }, viewer: { type: "boolean" } },
    allowPositionals: true,
  });
  const roles = ROLES.filter((role) => values[role]);
  if (roles.length !== 1 || positionals.length !== 1) throw new Error(USAGE);
  return { email: positionals[0]!, role: roles[0]! };
}

/** One line from the terminal, typed characters not shown. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    reader.question(question, (answer) => {
      reader.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = env().RAMPARTS_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw new Error("No terminal to ask for the password: set RAMPARTS_PASSWORD.");
  const first = await askHidden("Password (at least 12 characters): ");
  const problem = passwordProblem(first);
  if (problem) throw new Error(problem);
  if ((await askHidden("Same password again: ")) !== first) throw new Error("The two passwords differ.");
  return first;
}

async function main(): Promise<void> {
  const { email, role } = readArguments();
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  await withDatabase(async (url) => {
    await applyMigrations(url);
    setEnvForThisProcess("DATABASE_URL", url);
    const saved = await saveUser({ email, role, password });
    console.log(saved.created ? `Created ${role} ${email}.` : `Updated ${email}: now ${role}, new password, signed out everywhere.`);
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
