// OpenID Connect single sign-on end to end on the server side: the real route handlers,
// better-auth, PostgreSQL, and a fake OpenID provider over real HTTP (test/fake-oidc-provider.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as startRoute } from "@/app/api/auth/sso/route";
import { GET as callbackRoute } from "@/app/api/auth/callback/oidc/route";
import { sessionUser } from "@/lib/auth/server";
import { db } from "@/lib/db/client";
import { saveUser } from "@/lib/db/users";
import { setEnvForThisProcess } from "@/lib/env";
import { startFakeIdp, type TFakeIdp } from "@/test/fake-oidc-provider";
import { NO_PARAMS, useTestAuthSecret } from "@/test/sessions";

const APP = "http://ramparts.test";
let idp: TFakeIdp;

/** better-auth instances read the SSO settings when created: drop any made before this file set them. */
const forgetAuthInstances = () => delete (globalThis as { rampartsAuth?: unknown }).rampartsAuth;

const SSO_ENV = {
  RAMPARTS_PUBLIC_URL: APP,
  RAMPARTS_OIDC_ADMIN_GROUPS: "ramparts-admins",
  RAMPARTS_OIDC_EDITOR_GROUPS: "ramparts-editors, sre",
  RAMPARTS_OIDC_VIEWER_GROUPS: "staff",
};

beforeAll(async () => {
  useTestAuthSecret();
  idp = await startFakeIdp({
    users: {
      alice: { sub: "alice-sub", email: "alice@corp.test", name: "Alice", groups: ["staff", "ramparts-admins"] },
      bob: { sub: "bob-sub", email: "bob@corp.test", name: "Bob", groups: ["marketing"] },
      carol: { sub: "carol-sub", email: "carol@corp.test", name: "Carol", groups: ["sre"] },
    },
  });
  for (const [key, value] of Object.entries({ ...SSO_ENV, RAMPARTS_OIDC_ISSUER: idp.issuer, RAMPARTS_OIDC_CLIENT_ID: idp.clientId, RAMPARTS_OIDC_CLIENT_SECRET: idp.clientSecret })) {
    setEnvForThisProcess(key, value);
  }
  forgetAuthInstances();
});

afterAll(async () => {
  for (const key of [...Object.keys(SSO_ENV), "RAMPARTS_OIDC_ISSUER", "RAMPARTS_OIDC_CLIENT_ID", "RAMPARTS_OIDC_CLIENT_SECRET"]) setEnvForThisProcess(key, "");
  forgetAuthInstances();
  await idp.close();
});

beforeEach(async () => {
  await db().user.deleteMany();
  await db().auditEvent.deleteMany();
});

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");

/** A browser's trip: Ramparts → IdP (as `user`) → back to Ramparts' callback. The callback's answer. */
async function signInThroughIdp(user: string, next = "/clusters"): Promise<Response> {
  const started = await startRoute(new Request(`${APP}/api/auth/sso?next=${encodeURIComponent(next)}`, { headers: { host: "ramparts.test" } }), NO_PARAMS);
  expect(started.status).toBe(302);
  const authorize = started.headers.get("location")!;
  expect(authorize.startsWith(`${idp.issuer}/authorize?`)).toBe(true);
  const approved = await fetch(idp.approveUrl(authorize, user), { redirect: "manual" });
  const back = approved.headers.get("location")!;
  expect(back.startsWith(`${APP}/api/auth/callback/oidc?`)).toBe(true);
  return callbackRoute(new Request(back, { headers: { host: "ramparts.test", cookie: cookiesOf(started) } }), NO_PARAMS);
}

describe("single sign-on through OpenID Connect", () => {
  it("asks the IdP for a code with state, nonce and PKCE, to the registered callback URL", async () => {
    const started = await startRoute(new Request(`${APP}/api/auth/sso`), NO_PARAMS);
    const authorize = new URL(started.headers.get("location")!);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${APP}/api/auth/callback/oidc`);
    expect(authorize.searchParams.get("response_type")).toBe("code");
    expect(authorize.searchParams.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email"]));
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
  });

  it("signs a user in with the role their highest mapped group gives, sends them on, and audits it", async () => {
    const answer = await signInThroughIdp("alice", "/clusters?x=1");
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/clusters?x=1");
    const user = await sessionUser(new Headers({ cookie: cookiesOf(answer) }));
    expect(user).toMatchObject({ email: "alice@corp.test", name: "Alice", role: "admin" });
    const events = await db().auditEvent.findMany();
    expect(events.map((event) => [event.action, event.actor])).toEqual([["sign_in.sso_succeeded", "alice@corp.test"]]);
  });

  it("keeps none of the IdP's tokens", async () => {
    await signInThroughIdp("carol");
    const account = await db().account.findFirstOrThrow({ where: { providerId: "oidc" } });
    expect([account.accessToken, account.refreshToken, account.idToken]).toEqual([null, null, null]);
  });

  it("re-evaluates the role at every sign-in: a user moved to another group gets that group's role", async () => {
    expect((await sessionUser(new Headers({ cookie: cookiesOf(await signInThroughIdp("alice")) })))?.role).toBe("admin");
    idp.users.alice!.groups = ["staff"];
    try {
      const again = await sessionUser(new Headers({ cookie: cookiesOf(await signInThroughIdp("alice")) }));
      expect(again?.role).toBe("viewer");
      expect(await db().user.count({ where: { email: "alice@corp.test" } })).toBe(1);
    } finally {
      idp.users.alice!.groups = ["staff", "ramparts-admins"];
    }
  });

  it("refuses a user in no mapped group: no account, no session, a clear reason on the sign-in page, audited", async () => {
    const answer = await signInThroughIdp("bob", "/clusters");
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get("location")!, APP);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("error")).toBe("sso_no_role");
    expect(location.searchParams.get("next")).toBe("/clusters");
    expect(await sessionUser(new Headers({ cookie: cookiesOf(answer) }))).toBeNull();
    expect(await db().user.count({ where: { email: "bob@corp.test" } })).toBe(0);
    const events = await db().auditEvent.findMany();
    expect(events.map((event) => [event.action, event.actor, event.details])).toEqual([["sign_in.sso_refused", "bob@corp.test", { reason: "sso_no_role" }]]);
  });

  it("refuses an existing user who lost every mapped group, and demotes nobody else", async () => {
    await signInThroughIdp("carol");
    idp.users.carol!.groups = [];
    try {
      const answer = await signInThroughIdp("carol");
      expect(new URL(answer.headers.get("location")!, APP).searchParams.get("error")).toBe("sso_no_role");
      expect(await sessionUser(new Headers({ cookie: cookiesOf(answer) }))).toBeNull();
    } finally {
      idp.users.carol!.groups = ["sre"];
    }
  });

  it("refuses a callback whose state is not this browser's (login CSRF)", async () => {
    const started = await startRoute(new Request(`${APP}/api/auth/sso`), NO_PARAMS);
    const approved = await fetch(idp.approveUrl(started.headers.get("location")!, "alice"), { redirect: "manual" });
    const answer = await callbackRoute(new Request(approved.headers.get("location")!, { headers: { host: "ramparts.test" } }), NO_PARAMS);
    expect(answer.status).toBe(302);
    expect(new URL(answer.headers.get("location")!, APP).searchParams.get("error")).toBeTruthy();
    expect(await sessionUser(new Headers({ cookie: cookiesOf(answer) }))).toBeNull();
  });

  it("leaves password accounts as they are", async () => {
    await saveUser({ email: "local@corp.test", role: "editor", password: "a long local password" });
    await signInThroughIdp("alice");
    expect((await db().user.findUniqueOrThrow({ where: { email: "local@corp.test" } })).role).toBe("editor");
  });
});
