import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "./server";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null, calls: 0 }));
vi.mock("./server", () => ({
  sessionUser: async () => {
    session.calls += 1;
    return session.user;
  },
}));

const { authorize } = await import("./authorize");

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
    expect(await authorize(get(), "viewer")).toEqual({ kind: "user", id: "u-editor", role: "editor", label: "editor@example.test" });
    session.user = as("admin");
    expect(await authorize(post({ origin: "http://ramparts.test" }), "admin")).toMatchObject({ role: "admin" });
  });

  it("refuses a mutation from another site before looking at the session (403 cross_site)", async () => {
    session.user = as("admin");
    expect(await refusal(authorize(post({ origin: "https://evil.example" }), "admin"))).toEqual({ code: "cross_site", status: 403 });
    expect(await refusal(authorize(post({ "sec-fetch-site": "cross-site" }), "public"))).toEqual({ code: "cross_site", status: 403 });
    expect(session.calls).toBe(0);
  });
});
