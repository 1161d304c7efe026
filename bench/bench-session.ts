// Benchmarks measure what a signed-in person gets: one admin, written into the bench database,
// signed in through the real sign-in route; its cookie goes with every timed request, so the
// session lookup is part of each number.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { hashPassword } from "../lib/auth/password";

/** Test-only: the bench's session secret and admin (a throw-away database, never a real one). */
export const BENCH_AUTH_SECRET = "ramparts-bench-only-auth-secret-0123456789";
const BENCH_ADMIN = { email: "bench-admin@bench.local", password: "bench-only-password-0123" };

/**
 * Creates the bench admin in `client`'s database and signs it in with `signIn` (the sign-in route,
 * called in-process or over HTTP; `origin` is where it lives); returns the Cookie header to send.
 */
export async function benchSessionCookie(client: pg.Client, origin: string, signIn: (request: Request) => Promise<Response>): Promise<string> {
  const id = randomUUID();
  await client.query(`INSERT INTO users (id, name, email, email_verified, role, updated_at) VALUES ($1, 'bench', $2, true, 'admin', now())`, [id, BENCH_ADMIN.email]);
  await client.query(`INSERT INTO accounts (id, account_id, provider_id, user_id, password, updated_at) VALUES ($1, $2, 'credential', $2, $3, now())`, [randomUUID(), id, await hashPassword(BENCH_ADMIN.password)]);
  const response = await signIn(new Request(`${origin}/api/auth/sign-in`, {
    method: "POST",
    // No Origin: a script, not a browser (the cross-site check lets such requests through).
    headers: { "content-type": "application/json" },
    body: JSON.stringify(BENCH_ADMIN),
  }));
  if (!response.ok) throw new Error(`The bench admin could not sign in: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((header) => header.split(";")[0]!).join("; ");
  if (!cookie) throw new Error("Signing in set no cookie.");
  return cookie;
}
