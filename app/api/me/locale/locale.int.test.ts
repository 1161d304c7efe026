// The header's language switch: the choice is saved on the account (read back with the session,
// so it follows the user to another browser), set as a cookie, and audited; anything but en/fr is refused.
import { beforeAll, describe, expect, it } from "vitest";
import { sessionUser } from "@/lib/auth/server";
import { db } from "@/lib/db/client";
import { createUsers, NO_PARAMS, sessionCookie, useTestAuthSecret } from "@/test/sessions";
import { PUT } from "./route";

let emails: Awaited<ReturnType<typeof createUsers>>;
beforeAll(async () => {
  useTestAuthSecret();
  emails = await createUsers();
});

const put = (cookie: string, body: unknown) =>
  PUT(new Request("http://ramparts.test/api/me/locale", {
    method: "PUT",
    headers: { cookie, host: "ramparts.test", origin: "http://ramparts.test", "content-type": "application/json" },
    body: JSON.stringify(body),
  }), NO_PARAMS);

describe("PUT /api/me/locale", () => {
  it("saves the language on the account, sets the cookie and records it in the audit log", async () => {
    const cookie = await sessionCookie(emails.viewer);
    expect((await sessionUser(new Headers({ cookie })))?.locale).toBeNull();

    const response = await put(cookie, { locale: "fr" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ locale: "fr" });
    expect(response.headers.getSetCookie().join("\n")).toMatch(/ramparts-locale=fr;.*Path=\//);

    // Another browser of the same user (a new session, no locale cookie) reads French.
    const elsewhere = await sessionCookie(emails.viewer);
    expect((await sessionUser(new Headers({ cookie: elsewhere })))?.locale).toBe("fr");
    const user = await db().user.findUniqueOrThrow({ where: { email: emails.viewer } });
    const event = await db().auditEvent.findFirst({ where: { action: "user.locale_changed", targetId: user.id } });
    expect(event?.details).toEqual({ locale: "fr" });

    expect((await put(cookie, { locale: "en" })).status).toBe(200);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
  });

  it("refuses a language the catalogues do not have, and extra fields", async () => {
    const cookie = await sessionCookie(emails.editor);
    for (const body of [{ locale: "de" }, { locale: "fr", role: "admin" }, {}]) {
      const response = await put(cookie, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
    }
    expect((await db().user.findUniqueOrThrow({ where: { email: emails.editor } })).locale).toBeNull();
  });
});
