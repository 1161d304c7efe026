// Every route handler under app/api × {anonymous, viewer, editor, admin}: the answer must be
// what the roles say (admin: clusters and credentials, ratings, the audit log, users, tokens, notifications; editor: scan now,
// exceptions; viewer: read; public: health, the API description, sign-in), which must also be
// what the OpenAPI document declares. API tokens likewise: a read token reaches what a viewer may
// GET, a scan token also starts scans and uploads, a revoked one nothing. Handlers are found on disk, so a new route file without an
// entry here fails this test.
import { randomUUID } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openApiDocument, OPERATIONS } from "@/lib/api/openapi";
import { roleAllows, type TAccess, type TRole } from "@/lib/auth/roles";
import { tokenScopeAllows, type TTokenScope } from "@/lib/auth/tokens";
import { createApiToken, revokeApiToken } from "@/lib/db/api-tokens";
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
  "/api/auth/sso": { GET: "public" },
  "/api/auth/callback/oidc": { GET: "public" },
  "/api/me/locale": { PUT: "viewer" },
  "/api/audit": { GET: "admin" },
  "/api/metrics": { GET: "admin" },
  "/api/tokens": { GET: "admin", POST: "admin" },
  "/api/tokens/[id]": { DELETE: "admin" },
  "/api/users": { GET: "admin", POST: "admin" },
  "/api/users/[id]": { PATCH: "admin", DELETE: "admin" },
  "/api/users/[id]/password": { POST: "admin" },
  "/api/users/[id]/sessions": { DELETE: "admin" },
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
  "/api/clusters/[id]/uploads": { POST: "editor" },
  "/api/clusters/[id]/exceptions": { GET: "viewer", POST: "editor" },
  "/api/clusters/[id]/findings": { GET: "viewer" },
  "/api/clusters/[id]/matrix": { GET: "viewer" },
  "/api/clusters/[id]/namespaces": { GET: "viewer" },
  "/api/clusters/[id]/trends": { GET: "viewer" },
  "/api/clusters/[id]/quick-wins/[quickWin]": { GET: "viewer" },
  "/api/exceptions/[id]": { DELETE: "editor" },
  "/api/exceptions/[id]/history": { GET: "viewer" },
  "/api/notifications": { GET: "admin", POST: "admin" },
  "/api/notifications/[id]": { PATCH: "admin", DELETE: "admin" },
  "/api/notifications/[id]/test": { POST: "admin" },
};

/** What API tokens reach beyond the default (a read token: every GET route open to viewers). */
const TOKEN_EXTRA: Record<string, Partial<Record<TMethod, TTokenScope>>> = {
  "/api/metrics": { GET: "read" },
  "/api/clusters/[id]/scans": { POST: "scan" },
  "/api/clusters/[id]/uploads": { POST: "scan" },
};

function tokenScopeExpected(testCase: { path: string; method: TMethod; access: TAccess }): TTokenScope | null {
  return TOKEN_EXTRA[testCase.path]?.[testCase.method] ?? (testCase.method === "GET" && testCase.access === "viewer" ? "read" : null);
}

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
const secrets = {} as Record<"read" | "scan" | "revoked", string>;
beforeAll(async () => {
  useTestAuthSecret();
  emails = await createUsers();
  const creator = { createdById: "access-test", createdBy: "admin@example.test" };
  secrets.read = (await createApiToken({ name: "reader", scope: "read", ...creator })).secret;
  secrets.scan = (await createApiToken({ name: "scanner", scope: "scan", ...creator })).secret;
  const revoked = await createApiToken({ name: "revoked", scope: "scan", ...creator });
  await revokeApiToken(revoked.token.id);
  secrets.revoked = revoked.secret;
});

function request(testCase: TCase, cookie: string | undefined, origin = "http://ramparts.test", bearer?: string): Request {
  const url = `http://ramparts.test${testCase.path.replace("[quickWin]", "QW1").replace(/\[\w+\]/g, randomUUID())}`;
  const headers: Record<string, string> = { host: "ramparts.test" };
  if (cookie) headers.cookie = cookie;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const mutation = testCase.method !== "GET";
  if (mutation) Object.assign(headers, { origin, "content-type": "application/json" });
  return new Request(url, { method: testCase.method, headers, body: mutation ? "{}" : undefined });
}

const params = (path: string) => ({
  params: Promise.resolve(Object.fromEntries([...path.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name!, name === "quickWin" ? "QW1" : randomUUID()]))),
});

async function answer(testCase: TCase, role: TRole | "anonymous", origin?: string, bearer?: string) {
  // Each call gets a fresh session: the sign-out routes end the one they are called with.
  const cookie = role === "anonymous" ? undefined : (cookies[role] = await sessionCookie(emails[role]));
  const response = await testCase.handler(request(testCase, cookie, origin, bearer), params(testCase.path));
  const body = response.headers.get("content-type")?.includes("json") ? ((await response.json()) as { error?: { code?: string } }) : (await response.arrayBuffer(), {});
  return { status: response.status, code: body.error?.code };
}

describe("every route handler × every role", () => {
  it("finds every route file and method in the expected table, and the table in the OpenAPI document", () => {
    expect(cases.length).toBeGreaterThan(25);
    expect(cases.filter((testCase) => (testCase.access as string) === "missing").map((testCase) => `${testCase.method} ${testCase.path}`)).toEqual([]);
    const declared = Object.fromEntries(OPERATIONS.map((operation) => [`${operation.method.toUpperCase()} ${operation.path.replace(/\{(\w+)\}/g, "[$1]")}`, operation.access]));
    for (const testCase of cases) expect(declared[`${testCase.method} ${testCase.path}`], `${testCase.method} ${testCase.path}`).toBe(testCase.access);
    const document = openApiDocument() as { paths: Record<string, Record<string, { "x-token-scope": TTokenScope | null }>> };
    for (const testCase of cases) {
      const operation = document.paths[testCase.path.replace(/\[(\w+)\]/g, "{$1}")]![testCase.method.toLowerCase()]!;
      expect(operation["x-token-scope"], `${testCase.method} ${testCase.path}`).toBe(tokenScopeExpected(testCase));
    }
  });

  for (const token of ["read", "scan", "revoked"] as const) {
    it(`answers a ${token} API token as its scope says, whatever the route's role`, async () => {
      const seen: string[] = [];
      const wanted: string[] = [];
      for (const testCase of cases) {
        const needed = tokenScopeExpected(testCase);
        // From another site: a bearer header is no ambient credential, so the cross-site check does not apply.
        const { status, code } = await answer(testCase, "anonymous", "https://ci.example", secrets[token]);
        const expected = testCase.access === "public" ? "allowed"
          : token === "revoked" ? "401 unauthenticated"
          : needed !== null && tokenScopeAllows(token, needed) ? "allowed" : "403 forbidden";
        const got = status === 401 || status === 403 || status >= 500 ? `${status} ${code}` : "allowed";
        seen.push(`${testCase.method} ${testCase.path}: ${got}`);
        wanted.push(`${testCase.method} ${testCase.path}: ${expected}`);
      }
      expect(seen).toEqual(wanted);
    });
  }

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
