// Integration-test helpers for accounts: users of each role and real sessions through the
// sign-in route handler (better-auth, argon2id), as a browser would get them.
import { POST as signInRoute } from "@/app/api/auth/sign-in/route";
import type { TRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { saveUser } from "@/lib/db/users";
import { setEnvForThisProcess } from "@/lib/env";

export const TEST_PASSWORD = "a long test password";
export const NO_PARAMS = { params: Promise.resolve({}) };

export function useTestAuthSecret(): void {
  setEnvForThisProcess("RAMPARTS_AUTH_SECRET", "integration-tests-only-secret-0123456789abcdef");
}

export async function createUsers(): Promise<Record<TRole, string>> {
  await db().user.deleteMany();
  const emails = { viewer: "viewer@example.test", editor: "editor@example.test", admin: "admin@example.test" };
  for (const [role, email] of Object.entries(emails)) await saveUser({ email, role: role as TRole, password: TEST_PASSWORD });
  return emails;
}

export function signInRequest(email: string, password: string, headers: Record<string, string> = {}): Request {
  return new Request("http://ramparts.test/api/auth/sign-in", {
    method: "POST",
    headers: { "content-type": "application/json", host: "ramparts.test", origin: "http://ramparts.test", ...headers },
    body: JSON.stringify({ email, password }),
  });
}

/** Signs in; returns the `Cookie` header value a browser would send back. */
export async function sessionCookie(email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await signInRoute(signInRequest(email, password), NO_PARAMS);
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}
