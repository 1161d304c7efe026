// Sign-in throttling through the real route handler and PostgreSQL: per account (email) from any
// address, per address whatever the email, one answer whether or not the email exists.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as signIn } from "@/app/api/auth/sign-in/route";
import { ACCOUNT_ATTEMPT_LIMIT, ADDRESS_ATTEMPT_LIMIT, THROTTLE_WINDOW_SECONDS } from "@/lib/auth/throttle-policy";
import { db } from "@/lib/db/client";
import { setEnvForThisProcess } from "@/lib/env";
import { createUsers, NO_PARAMS, signInRequest, TEST_PASSWORD, useTestAuthSecret } from "@/test/sessions";

let emails: Awaited<ReturnType<typeof createUsers>>;
beforeAll(async () => {
  useTestAuthSecret();
  setEnvForThisProcess("RAMPARTS_TRUST_PROXY", "1");
  emails = await createUsers();
});
afterAll(() => setEnvForThisProcess("RAMPARTS_TRUST_PROXY", "0"));
beforeEach(async () => {
  await db().signInThrottle.deleteMany();
  await db().auditEvent.deleteMany();
});

const attempt = (email: string, password: string, address = "203.0.113.7") =>
  signIn(signInRequest(email, password, { "x-forwarded-for": `198.51.100.99, ${address}` }), NO_PARAMS);

async function fail(times: number, email: string, address?: string) {
  for (let i = 0; i < times; i += 1) expect((await attempt(email, "not the password at all", address)).status).toBe(401);
}

/** Moves every counter's window back past its end, as if the window had passed. */
const letTheWindowPass = () =>
  db().signInThrottle.updateMany({ data: { windowStartedAt: new Date(Date.now() - (THROTTLE_WINDOW_SECONDS + 60) * 1000) } });

describe("sign-in throttling", () => {
  it("throttles brute force on an account: the attempt after the limit is refused with 429 and Retry-After, even with the right password", async () => {
    await fail(ACCOUNT_ATTEMPT_LIMIT, emails.admin);
    const refused = await attempt(emails.admin, TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.getSetCookie()).toEqual([]);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(THROTTLE_WINDOW_SECONDS - 60);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE_WINDOW_SECONDS);
    const body = (await refused.json()) as { error: { code: string; message: string; details: { retryAfterSeconds: number } } };
    expect(body.error).toEqual({ code: "too_many_attempts", message: "Too many sign-in attempts. Try again in 15 minutes.", details: { retryAfterSeconds: retryAfter } });
  });

  it("answers an unknown email exactly as a known one (no enumeration)", async () => {
    await fail(ACCOUNT_ATTEMPT_LIMIT, "nobody@example.test");
    const refused = await attempt("nobody@example.test", TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("too_many_attempts");
  });

  it("lets the legitimate user in once the window has passed, and a success starts the account afresh", async () => {
    await fail(ACCOUNT_ATTEMPT_LIMIT, emails.editor);
    expect((await attempt(emails.editor, TEST_PASSWORD)).status).toBe(429);
    await letTheWindowPass();
    expect((await attempt(emails.editor, TEST_PASSWORD)).status).toBe(200);
    expect(await db().signInThrottle.findUnique({ where: { key: `account:${emails.editor}` } })).toBeNull();
    // Four failures, a success, then the full allowance again.
    await fail(ACCOUNT_ATTEMPT_LIMIT - 1, emails.editor);
    expect((await attempt(emails.editor, TEST_PASSWORD)).status).toBe(200);
    await fail(ACCOUNT_ATTEMPT_LIMIT, emails.editor);
    expect((await attempt(emails.editor, TEST_PASSWORD)).status).toBe(429);
  });

  it("holds an account's block across addresses", async () => {
    await fail(ACCOUNT_ATTEMPT_LIMIT, emails.viewer, "203.0.113.7");
    expect((await attempt(emails.viewer, TEST_PASSWORD, "192.0.2.44")).status).toBe(429);
  });

  it("blocks an address that sprays many accounts, and leaves other addresses alone", async () => {
    // Spread under the account limit, so that only the address counter can block.
    for (let i = 0; i < ADDRESS_ATTEMPT_LIMIT; i += 1) expect((await attempt(`spray-${i % 5}@example.test`, "guess", "203.0.113.9")).status).toBe(401);
    expect((await attempt(emails.admin, TEST_PASSWORD, "203.0.113.9")).status).toBe(429);
    expect((await attempt(emails.admin, TEST_PASSWORD, "192.0.2.44")).status).toBe(200);
  });

  it("counts racing attempts one by one: no more passwords are checked than the limit", async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => attempt("racer@example.test", "guess")));
    const statuses = answers.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(ACCOUNT_ATTEMPT_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10 - ACCOUNT_ATTEMPT_LIMIT);
  });

  it("records failed, throttled and successful sign-ins in the audit log with the address, never the password", async () => {
    await fail(ACCOUNT_ATTEMPT_LIMIT, emails.admin);
    await attempt(emails.admin, TEST_PASSWORD);
    await letTheWindowPass();
    await attempt(emails.admin, TEST_PASSWORD, "192.0.2.44");
    const events = await db().auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual([...Array(ACCOUNT_ATTEMPT_LIMIT).fill("sign_in.failed"), "sign_in.throttled", "sign_in.succeeded"]);
    expect(events.every((event) => event.actor === emails.admin)).toBe(true);
    expect(events.at(-1)).toMatchObject({ address: "192.0.2.44", targetKind: "user" });
    expect(events[0]).toMatchObject({ actorId: "anonymous", address: "203.0.113.7" });
    expect(JSON.stringify(events, (_, value: unknown) => (typeof value === "bigint" ? String(value) : value))).not.toContain("not the password");
  });
});
