import { beforeAll, describe, expect, it } from "vitest";
import { POST as signIn } from "@/app/api/auth/sign-in/route";
import { POST as signOut } from "@/app/api/auth/sign-out/route";
import { POST as signOutEverywhere } from "@/app/api/auth/sign-out-everywhere/route";
import { GET as overview } from "@/app/api/overview/route";
import { db } from "@/lib/db/client";
import { createUsers, NO_PARAMS, sessionCookie, signInRequest, TEST_PASSWORD, useTestAuthSecret } from "@/test/sessions";

let emails: Awaited<ReturnType<typeof createUsers>>;
beforeAll(async () => {
  useTestAuthSecret();
  emails = await createUsers();
});

const withCookie = (cookie: string, method = "GET") =>
  new Request("http://ramparts.test/api/x", { method, headers: { cookie, host: "ramparts.test", origin: "http://ramparts.test" } });
const overviewStatus = async (cookie: string) => (await overview(withCookie(cookie), NO_PARAMS)).status;

describe("sessions", () => {
  it("signs in with the right password: an httpOnly, SameSite=Lax cookie that opens the API", async () => {
    const response = await signIn(signInRequest(emails.viewer, TEST_PASSWORD), NO_PARAMS);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true }); // the token is in the cookie only
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^ramparts\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(await overviewStatus(cookie!.split(";")[0]!)).toBe(200);
    // The database keeps the token; the cookie adds a signature made with the secret.
    const stored = await db().session.findMany({ where: { user: { email: emails.viewer } } });
    expect(stored.length).toBeGreaterThan(0);
    expect(cookie).not.toContain(`session_token=${stored[0]!.token};`);
  });

  it("marks the cookie Secure (__Secure- prefix) when the request came over HTTPS", async () => {
    const response = await signIn(signInRequest(emails.viewer, TEST_PASSWORD, { "x-forwarded-proto": "https" }), NO_PARAMS);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^__Secure-ramparts\.session_token=.*; Secure/i);
    expect(await overviewStatus(cookie!.split(";")[0]!)).toBe(200);
  });

  it("gives one answer for a wrong password and an unknown email (no enumeration), and no cookie", async () => {
    const wrong = await signIn(signInRequest(emails.viewer, "not the password at all"), NO_PARAMS);
    const unknown = await signIn(signInRequest("nobody@example.test", TEST_PASSWORD), NO_PARAMS);
    const malformed = await signIn(signInRequest("not-an-email", TEST_PASSWORD), NO_PARAMS);
    for (const response of [wrong, unknown, malformed]) {
      expect(response.status).toBe(401);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    const bodies = await Promise.all([wrong.json(), unknown.json(), malformed.json()]);
    expect(bodies[0]).toEqual({ error: { code: "invalid_credentials", message: "The email or the password is wrong." } });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it("refuses a forged or tampered cookie", async () => {
    const real = await sessionCookie(emails.viewer);
    expect(await overviewStatus(real.replace(/=(.)/, (_, c: string) => `=${c === "a" ? "b" : "a"}`))).toBe(401);
    expect(await overviewStatus("ramparts.session_token=made-up.signature")).toBe(401);
  });

  it("signs out this browser only", async () => {
    const first = await sessionCookie(emails.editor);
    const second = await sessionCookie(emails.editor);
    const response = await signOut(withCookie(first, "POST"), NO_PARAMS);
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join()).toMatch(/ramparts\.session_token=;.*Max-Age=0/i);
    expect(await overviewStatus(first)).toBe(401);
    expect(await overviewStatus(second)).toBe(200);
  });

  it("signs out everywhere: every session of the user ends, other users' stay", async () => {
    const browsers = [await sessionCookie(emails.admin), await sessionCookie(emails.admin), await sessionCookie(emails.admin)];
    const someoneElse = await sessionCookie(emails.viewer);
    for (const cookie of browsers) expect(await overviewStatus(cookie)).toBe(200);
    expect((await signOutEverywhere(withCookie(browsers[1]!, "POST"), NO_PARAMS)).status).toBe(200);
    for (const cookie of browsers) expect(await overviewStatus(cookie)).toBe(401);
    expect(await db().session.count({ where: { user: { email: emails.admin } } })).toBe(0);
    expect(await overviewStatus(someoneElse)).toBe(200);
  });

  it("stores passwords as argon2id hashes only", async () => {
    const accounts = await db().account.findMany({ where: { providerId: "credential" } });
    expect(accounts.length).toBe(3);
    for (const account of accounts) expect(account.password).toMatch(/^\$argon2id\$/);
  });
});
