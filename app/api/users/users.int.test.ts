// User management by admins: what each route changes, the audit row it leaves, the last-admin
// and own-account rules, disabled accounts, and that no answer ever carries a password hash.
import { beforeEach, describe, expect, it } from "vitest";
import { POST as signInRoute } from "@/app/api/auth/sign-in/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/users/route";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/users/[id]/route";
import { POST as passwordRoute } from "@/app/api/users/[id]/password/route";
import { DELETE as sessionsRoute } from "@/app/api/users/[id]/sessions/route";
import { GET as auditRoute } from "@/app/api/audit/route";
import { GET as clustersRoute } from "@/app/api/clusters/route";
import { db } from "@/lib/db/client";
import { createUsers, NO_PARAMS, sessionCookie, signInRequest, TEST_PASSWORD, useTestAuthSecret } from "@/test/sessions";

type TRoute = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface TUserJson { id: string; email: string; name: string; role: string; disabled: boolean; lastSignInAt: string | null; sessions: number }

let emails: Awaited<ReturnType<typeof createUsers>>;
let admin: string;
beforeEach(async () => {
  useTestAuthSecret();
  await db().auditEvent.deleteMany();
  await db().signInThrottle.deleteMany();
  emails = await createUsers();
  admin = await sessionCookie(emails.admin);
});

async function call(handler: TRoute, method: string, options: { id?: string; body?: unknown; cookie?: string } = {}) {
  const headers: Record<string, string> = { host: "ramparts.test", cookie: options.cookie ?? admin };
  if (method !== "GET") Object.assign(headers, { origin: "http://ramparts.test", "content-type": "application/json" });
  const request = new Request("http://ramparts.test/api/users", { method, headers, body: options.body === undefined ? (method === "GET" ? undefined : "{}") : JSON.stringify(options.body) });
  const response = await handler(request, { params: Promise.resolve<Record<string, string>>(options.id ? { id: options.id } : {}) });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

const idOf = async (email: string) => (await db().user.findUniqueOrThrow({ where: { email } })).id;
const actions = async () => (await db().auditEvent.findMany({ where: { action: { startsWith: "user." } }, orderBy: { id: "asc" } })).map((event) => ({ action: event.action, target: event.targetId, actor: event.actor, details: event.details }));
const canSignIn = async (email: string, password: string) => (await signInRoute(signInRequest(email, password), NO_PARAMS)).status;

describe("/api/users", () => {
  it("lists users with role, sessions and last sign-in, never a hash", async () => {
    const { status, body, text } = await call(listRoute, "GET");
    expect(status).toBe(200);
    const users = body.users as TUserJson[];
    expect(users.map((user) => [user.email, user.role])).toEqual([["admin@example.test", "admin"], ["editor@example.test", "editor"], ["viewer@example.test", "viewer"]]);
    expect(users[0]).toMatchObject({ disabled: false, sessions: 1 });
    expect(users[0]!.lastSignInAt).not.toBeNull();
    expect(users[2]!.lastSignInAt).toBeNull();
    expect(text).not.toMatch(/argon2|password|token/i);
  });

  it("creates a user with the given password, who can then sign in; a second time is a conflict", async () => {
    const created = await call(createRoute, "POST", { body: { email: "New.Editor@Example.test", name: "New Editor", role: "editor", password: "a fine long password" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ user: { email: "new.editor@example.test", name: "New Editor", role: "editor", disabled: false }, generatedPassword: null });
    expect(created.text).not.toContain("argon2");
    expect(await canSignIn("new.editor@example.test", "a fine long password")).toBe(200);
    const again = await call(createRoute, "POST", { body: { email: "new.editor@example.test", role: "viewer", password: "a fine long password" } });
    expect(again.status).toBe(409);
    expect(await actions()).toEqual([{ action: "user.created", target: (created.body.user as TUserJson).id, actor: emails.admin, details: { email: "new.editor@example.test", role: "editor", generated: false } }]);
  });

  it("generates a password when none is given, answered once; refuses short passwords and bad emails", async () => {
    const created = await call(createRoute, "POST", { body: { email: "gen@example.test", role: "viewer" } });
    expect(created.status).toBe(201);
    const password = created.body.generatedPassword as string;
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(await canSignIn("gen@example.test", password)).toBe(200);
    expect((await call(listRoute, "GET")).text).not.toContain(password);
    expect((await call(createRoute, "POST", { body: { email: "short@example.test", role: "viewer", password: "too short" } })).body.error?.code).toBe("validation_failed");
    expect((await call(createRoute, "POST", { body: { email: "not an email", role: "viewer" } })).body.error?.code).toBe("validation_failed");
    expect((await call(createRoute, "POST", { body: { email: "x@example.test", role: "root" } })).body.error?.code).toBe("validation_failed");
  });

  it("changes a role, and the user's next request has it", async () => {
    const editor = await sessionCookie(emails.editor);
    const id = await idOf(emails.editor);
    expect((await call(auditRoute, "GET", { cookie: editor })).status).toBe(403);
    const changed = await call(patchRoute, "PATCH", { id, body: { role: "admin" } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ role: "admin" });
    expect((await call(auditRoute, "GET", { cookie: editor })).status).toBe(200);
    expect(await actions()).toEqual([{ action: "user.role_changed", target: id, actor: emails.admin, details: { email: emails.editor, from: "editor", to: "admin" } }]);
  });

  it("never leaves Ramparts without an enabled admin, and an admin cannot delete or disable themselves", async () => {
    const adminId = await idOf(emails.admin);
    const demote = await call(patchRoute, "PATCH", { id: adminId, body: { role: "viewer" } });
    expect(demote.status).toBe(409);
    expect(demote.body.error?.message).toMatch(/last admin/);
    const self = await call(deleteRoute, "DELETE", { id: adminId });
    expect(self.status).toBe(409);
    expect(self.body.error?.message).toBe("You cannot delete your own account.");
    expect((await call(patchRoute, "PATCH", { id: adminId, body: { disabled: true } })).body.error?.message).toBe("You cannot disable your own account.");

    // With a second admin, the first may step down; the second is then the last one.
    const other = await call(createRoute, "POST", { body: { email: "second@example.test", role: "admin", password: TEST_PASSWORD } });
    const otherId = (other.body.user as TUserJson).id;
    expect((await call(patchRoute, "PATCH", { id: otherId, body: { disabled: true } })).status).toBe(200);
    expect((await call(patchRoute, "PATCH", { id: adminId, body: { role: "editor" } })).status).toBe(409); // the other admin is disabled
    expect((await call(patchRoute, "PATCH", { id: otherId, body: { disabled: false } })).status).toBe(200);
    expect((await call(patchRoute, "PATCH", { id: adminId, body: { role: "editor" } })).status).toBe(200);
    const second = await sessionCookie("second@example.test");
    expect((await call(deleteRoute, "DELETE", { id: otherId, cookie: second })).status).toBe(409);
    expect((await db().user.findMany({ where: { role: "admin" } })).map((user) => user.email)).toEqual(["second@example.test"]);
  });

  it("disabling signs the user out everywhere and refuses their sign-ins until enabled", async () => {
    const viewer = await sessionCookie(emails.viewer);
    const id = await idOf(emails.viewer);
    const disabled = await call(patchRoute, "PATCH", { id, body: { disabled: true } });
    expect(disabled.body).toMatchObject({ disabled: true, sessions: 0 });
    expect((await call(listRoute, "GET", { cookie: viewer })).status).toBe(401);
    expect(await canSignIn(emails.viewer, TEST_PASSWORD)).toBe(403);
    expect(await canSignIn(emails.viewer, "a wrong password!")).toBe(401); // no hint for someone without the password
    expect(await db().session.count({ where: { userId: id } })).toBe(0);
    expect((await call(patchRoute, "PATCH", { id, body: { disabled: false } })).status).toBe(200);
    expect(await canSignIn(emails.viewer, TEST_PASSWORD)).toBe(200);
    expect((await actions()).map((event) => event.action)).toEqual(["user.disabled", "user.enabled"]);
  });

  it("refuses a disabled user's session even if it outlived the disabling", async () => {
    const viewer = await sessionCookie(emails.viewer);
    // As if the session had been written between the disabling and its clean-up.
    await db().user.update({ where: { email: emails.viewer }, data: { disabledAt: new Date() } });
    expect(await db().session.count({ where: { user: { email: emails.viewer } } })).toBe(1);
    expect((await call(clustersRoute, "GET", { cookie: viewer })).status).toBe(401);
  });

  it("resets a password: the old one stops working and every session ends", async () => {
    const editor = await sessionCookie(emails.editor);
    const id = await idOf(emails.editor);
    const reset = await call(passwordRoute, "POST", { id, body: {} });
    expect(reset.status).toBe(200);
    const password = reset.body.generatedPassword as string;
    expect((await call(listRoute, "GET", { cookie: editor })).status).toBe(401);
    expect(await canSignIn(emails.editor, TEST_PASSWORD)).toBe(401);
    expect(await canSignIn(emails.editor, password)).toBe(200);
    const chosen = await call(passwordRoute, "POST", { id, body: { password: "chosen by the admin" } });
    expect(chosen.body.generatedPassword).toBeNull();
    expect(await canSignIn(emails.editor, "chosen by the admin")).toBe(200);
    expect((await actions()).map((event) => [event.action, JSON.stringify(event.details)])).toEqual([
      ["user.password_reset", JSON.stringify({ email: emails.editor, generated: true })],
      ["user.password_reset", JSON.stringify({ email: emails.editor, generated: false })],
    ]);
  });

  it("signs a user out of every browser", async () => {
    const first = await sessionCookie(emails.viewer);
    await sessionCookie(emails.viewer);
    const id = await idOf(emails.viewer);
    const ended = await call(sessionsRoute, "DELETE", { id });
    expect(ended.body).toEqual({ sessionsEnded: 2 });
    expect((await call(clustersRoute, "GET", { cookie: first })).status).toBe(401);
    expect(await actions()).toEqual([{ action: "user.signed_out", target: id, actor: emails.admin, details: { email: emails.viewer, sessionsEnded: 2 } }]);
  });

  it("deletes a user: gone, signed out, their past actions still in the log by email", async () => {
    const viewer = await sessionCookie(emails.viewer);
    const id = await idOf(emails.viewer);
    const deleted = await call(deleteRoute, "DELETE", { id });
    expect(deleted.status).toBe(200);
    expect(await db().user.count({ where: { id } })).toBe(0);
    expect((await call(clustersRoute, "GET", { cookie: viewer })).status).toBe(401);
    expect(await db().auditEvent.count({ where: { actor: emails.viewer, action: "sign_in.succeeded" } })).toBeGreaterThan(0);
    expect((await call(deleteRoute, "DELETE", { id })).status).toBe(404);
    expect((await actions()).map((event) => event.action)).toEqual(["user.deleted"]);
  });
});
