import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "./server";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null, calls: 0 }));
vi.mock("./server", () => ({
  sessionUser: async () => {
    session.calls += 1;
    return session.user;
  },
}));

const tokens = vi.hoisted(() => ({ active: new Map<string, { id: string; name: string; scope: "read" | "scan" }>(), touched: [] as string[] }));
vi.mock("../db/api-tokens", () => ({
  activeTokenBySecret: async (secret: string) => tokens.active.get(secret) ?? null,
  touchApiToken: async (token: { id: string }) => {
    tokens.touched.push(token.id);
  },
}));

const { authorize } = await import("./authorize");
const { newTokenSecret } = await import("./tokens");

const as = (role: TSessionUser["role"]): TSessionUser => ({ id: `u-${role}`, email: `${role}@example.test`, name: role, role, locale: null });
const get = (headers: Record<string, string> = {}) => new Request("http://ramparts.test/api/x", { headers });
const post = (headers: Record<string, string> = {}) => new Request("http://ramparts.test/api/x", { method: "POST", headers: { host: "ramparts.test", ...headers } });

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (error: { code: string; status: number }) => ({ code: error.code, status: error.status }),
  );
}

beforeEach(() => {
  session.user = null;
  session.calls = 0;
  tokens.active.clear();
  tokens.touched = [];
});

describe("authorize()", () => {
  it("lets anyone reach a public route without reading the session", async () => {
    expect(await authorize(get(), "public")).toMatchObject({ kind: "anonymous", role: null });
    expect(session.calls).toBe(0);
  });

  it("answers 401 unauthenticated without a session", async () => {
    expect(await refusal(authorize(get(), "viewer"))).toEqual({ code: "unauthenticated", status: 401 });
  });

  it("answers 403 forbidden when the role is below the route's", async () => {
    session.user = as("viewer");
    expect(await refusal(authorize(post(), "editor"))).toEqual({ code: "forbidden", status: 403 });
    session.user = as("editor");
    expect(await refusal(authorize(post(), "admin"))).toEqual({ code: "forbidden", status: 403 });
  });

  it("returns the signed-in user when the role reaches the route's", async () => {
    session.user = as("editor");
    expect(await authorize(get(), "viewer")).toEqual({ kind: "user", id: "u-editor", role: "editor", label: "editor@example.test", locale: null });
    session.user = { ...as("viewer"), locale: "fr" };
    // The saved language goes with the principal: the route wrapper answers errors in it.
    expect(await authorize(get(), "viewer")).toMatchObject({ role: "viewer", locale: "fr" });
    session.user = as("admin");
    expect(await authorize(post({ origin: "http://ramparts.test" }), "admin")).toMatchObject({ role: "admin" });
  });

  it("refuses a mutation from another site before looking at the session (403 cross_site)", async () => {
    session.user = as("admin");
    expect(await refusal(authorize(post({ origin: "https://evil.example" }), "admin"))).toEqual({ code: "cross_site", status: 403 });
    expect(await refusal(authorize(post({ "sec-fetch-site": "cross-site" }), "public"))).toEqual({ code: "cross_site", status: 403 });
    expect(session.calls).toBe(0);
  });

  describe("with an API token", () => {
    const readSecret = newTokenSecret();
    const scanSecret = newTokenSecret();
    const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
    beforeEach(() => {
      tokens.active.set(readSecret, { id: "t-read", name: "prometheus", scope: "read" });
      tokens.active.set(scanSecret, { id: "t-scan", name: "ci", scope: "scan" });
    });

    it("lets a read token reach what a viewer may read, and records the use", async () => {
      expect(await authorize(get(bearer(readSecret)), "viewer")).toEqual({ kind: "token", id: "t-read", role: null, label: "token prometheus" });
      expect(tokens.touched).toEqual(["t-read"]);
      expect(session.calls).toBe(0);
    });

    it("refuses a token on mutations and admin routes unless the route declares the scope it needs", async () => {
      expect(await refusal(authorize(post(bearer(scanSecret)), "editor"))).toEqual({ code: "forbidden", status: 403 });
      expect(await refusal(authorize(get(bearer(scanSecret)), "admin"))).toEqual({ code: "forbidden", status: 403 });
      expect(await refusal(authorize(post(bearer(readSecret)), "editor", "scan"))).toEqual({ code: "forbidden", status: 403 });
      expect(await authorize(post(bearer(scanSecret)), "editor", "scan")).toMatchObject({ kind: "token", id: "t-scan" });
      expect(await authorize(get(bearer(readSecret)), "admin", "read")).toMatchObject({ kind: "token", id: "t-read" });
    });

    it("answers 401 for an unknown or revoked token, and for a bearer value that is no Ramparts token", async () => {
      expect(await refusal(authorize(get(bearer(newTokenSecret())), "viewer"))).toEqual({ code: "unauthenticated", status: 401 });
      expect(await refusal(authorize(get(bearer("not-a-token")), "viewer"))).toEqual({ code: "unauthenticated", status: 401 });
      expect(tokens.touched).toEqual([]);
    });

    it("never puts the secret in its refusal", async () => {
      const unknown = newTokenSecret();
      const message = await authorize(get(bearer(unknown)), "viewer").then(() => "", (error: Error) => error.message);
      expect(message).not.toBe("");
      expect(message).not.toContain(unknown.slice(4, 20));
    });

    it("does not apply the cross-site check: no cookie rides on a bearer header", async () => {
      expect(await authorize(post({ ...bearer(scanSecret), origin: "https://ci.example" }), "editor", "scan")).toMatchObject({ kind: "token" });
    });
  });
});
