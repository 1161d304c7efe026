// Every route handler under app/api × {anonymous, viewer, editor, admin}: the answer must be
// what the roles say (admin: clusters and credentials, ratings, the audit log; editor: scan now,
// exceptions; viewer: read; public: health, the API description, sign-in), which must also be
// what the OpenAPI document declares. Handlers are found on disk, so a new route file without an
// entry here fails this test.
import { randomUUID } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/openapi";
import { roleAllows, type TAccess, type TRole } from "@/lib/auth/roles";
import { createUsers, sessionCookie, useTestAuthSecret } from "@/test/sessions";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type TMethod = (typeof METHODS)[number];
type THandler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The table, route by route. */
const EXPECTED: Record<string, Partial<Record<TMethod, TAccess>>> = {
  "/api/health": { GET: "public" },
  "/api/openapi.json": { GET: "public" },
  "/api/rbac/ramparts-reader.yaml": { GET: "public" },
  "/api/auth/sign-in": { POST: "public" },
  "/api/auth/sign-out": { POST: "viewer" },
  "/api/auth/sign-out-everywhere": { POST: "viewer" },
  "/api/me/locale": { PUT: "viewer" },
  "/api/audit": { GET: "admin" },
  "/api/overview": { GET: "viewer" },
  "/api/scans": { GET: "viewer" },
  "/api/scans/[id]": { GET: "viewer" },
  "/api/scans/[id]/diff": { GET: "viewer" },
  "/api/findings/[id]": { GET: "viewer" },
  "/api/reports/executive.pdf": { GET: "viewer" },
  "/api/ratings": { GET: "viewer", PUT: "admin" },
  "/api/clusters": { GET: "viewer", POST: "admin" },
  "/api/clusters/schedule": { GET: "viewer" },
  "/api/clusters/inspect": { POST: "admin" },
  "/api/clusters/test-connection": { POST: "admin" },
  "/api/clusters/[id]": { GET: "viewer", PATCH: "admin", DELETE: "admin" },
  "/api/clusters/[id]/test": { POST: "editor" },
  "/api/clusters/[id]/scans": { POST: "editor" },
  "/api/clusters/[id]/exceptions": { GET: "viewer", POST: "editor" },
  "/api/clusters/[id]/findings": { GET: "viewer" },
  "/api/clusters/[id]/matrix": { GET: "viewer" },
  "/api/clusters/[id]/namespaces": { GET: "viewer" },
  "/api/clusters/[id]/trends": { GET: "viewer" },
  "/api/clusters/[id]/quick-wins/[quickWin]": { GET: "viewer" },
  "/api/exceptions/[id]": { DELETE: "editor" },
  "/api/exceptions/[id]/history": { GET: "viewer" },
};

function routeFiles(dir = join(process.cwd(), "app", "api")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

const apiPath = (file: string) => `/${relative(process.cwd(), file).replace(/\\/g, "/").replace(/^app\//, "").replace(/\/route\.ts$/, "")}`;

interface TCase {
  path: string;
  method: TMethod;
  access: TAccess;
  handler: THandler;
}

const cases: TCase[] = [];
for (const file of routeFiles().sort()) {
  const routeModule = (await import(file)) as Partial<Record<TMethod, THandler>>;
  for (const method of METHODS) {
    const handler = routeModule[method];
    if (handler) cases.push({ path: apiPath(file), method, access: EXPECTED[apiPath(file)]?.[method] ?? ("missing" as TAccess), handler });
  }
}

const cookies = {} as Record<TRole, string>;
let emails: Record<TRole, string>;
beforeAll(async () => {
  useTestAuthSecret();
  emails = await createUsers();
});

function request(testCase: TCase, cookie: string | undefined, origin = "http://ramparts.test"): Request {
  const url = `http://ramparts.test${testCase.path.replace("[quickWin]", "QW1").replace(/\[\w+\]/g, randomUUID())}`;
  const headers: Record<string, string> = { host: "ramparts.test" };
  if (cookie) headers.cookie = cookie;
  const mutation = testCase.method !== "GET";
  if (mutation) Object.assign(headers, { origin, "content-type": "application/json" });
  return new Request(url, { method: testCase.method, headers, body: mutation ? "{}" : undefined });
}

const params = (path: string) => ({
  params: Promise.resolve(Object.fromEntries([...path.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name!, name === "quickWin" ? "QW1" : randomUUID()]))),
});

async function answer(testCase: TCase, role: TRole | "anonymous", origin?: string) {
  // Each call gets a fresh session: the sign-out routes end the one they are called with.
  const cookie = role === "anonymous" ? undefined : (cookies[role] = await sessionCookie(emails[role]));
  const response = await testCase.handler(request(testCase, cookie, origin), params(testCase.path));
  const body = response.headers.get("content-type")?.includes("json") ? ((await response.json()) as { error?: { code?: string } }) : (await response.arrayBuffer(), {});
  return { status: response.status, code: body.error?.code };
}

describe("every route handler × every role", () => {
  it("finds every route file and method in the expected table, and the table in the OpenAPI document", () => {
    expect(cases.length).toBeGreaterThan(25);
    expect(cases.filter((testCase) => (testCase.access as string) === "missing").map((testCase) => `${testCase.method} ${testCase.path}`)).toEqual([]);
    const declared = Object.fromEntries(OPERATIONS.map((operation) => [`${operation.method.toUpperCase()} ${operation.path.replace(/\{(\w+)\}/g, "[$1]")}`, operation.access]));
    for (const testCase of cases) expect(declared[`${testCase.method} ${testCase.path}`], `${testCase.method} ${testCase.path}`).toBe(testCase.access);
  });

  for (const role of ["anonymous", "viewer", "editor", "admin"] as const) {
    it(`answers ${role} as the table says`, async () => {
      const seen: string[] = [];
      const wanted: string[] = [];
      for (const testCase of cases) {
        const { status, code } = await answer(testCase, role);
        const allowed = testCase.access === "public" || (role !== "anonymous" && roleAllows(role, testCase.access));
        const expected = allowed ? "allowed" : role === "anonymous" ? "401 unauthenticated" : "403 forbidden";
        const got = status === 401 || status === 403 ? `${status} ${code}` : status >= 500 ? `${status} ${code}` : "allowed";
        seen.push(`${testCase.method} ${testCase.path}: ${got}`);
        wanted.push(`${testCase.method} ${testCase.path}: ${expected}`);
      }
      expect(seen).toEqual(wanted);
    });
  }

  it("refuses every mutation sent from another site, even an admin's (403 cross_site)", async () => {
    const mutations = cases.filter((testCase) => testCase.method !== "GET");
    expect(mutations.length).toBeGreaterThan(10);
    for (const testCase of mutations) {
      expect(await answer(testCase, "admin", "https://evil.example"), `${testCase.method} ${testCase.path}`).toEqual({ status: 403, code: "cross_site" });
    }
  });
});
