// Every route that takes a body refuses an oversized one with 413 payload_too_large and a message
// naming the limit, before parsing it, for an admin (who passes every access check), whether the
// size is declared (Content-Length) or only found while reading.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/api/openapi";
import { createUsers, sessionCookie, useTestAuthSecret } from "@/test/sessions";

type THandler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

function routeFiles(dir = join(process.cwd(), "app", "api")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}
const apiPath = (file: string) => `/${relative(process.cwd(), file).replace(/^app\//, "").replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}")}`;

/** Larger than every route's limit (the largest is a cluster registration with a manifests bundle). */
const OVERSIZED = 8 * 1024 * 1024;
const ID = "00000000-0000-4000-8000-000000000000";

let cookie: string;
beforeAll(async () => {
  useTestAuthSecret();
  const emails = await createUsers();
  cookie = await sessionCookie(emails.admin);
});

const withBody = OPERATIONS.filter((operation) => operation.body);
const files = new Map(routeFiles().map((file) => [apiPath(file), file]));

describe("oversized request bodies", () => {
  it("covers every operation that takes a body", () => {
    expect(withBody.length).toBeGreaterThan(5);
    for (const operation of withBody) expect(files.has(operation.path), operation.path).toBe(true);
  });

  for (const operation of withBody) {
    for (const declared of [true, false]) {
      it(`${operation.method.toUpperCase()} ${operation.path} answers 413 (${declared ? "declared size" : "streamed"})`, async () => {
        const routeModule = (await import(files.get(operation.path)!)) as Record<string, THandler>;
        const handler = routeModule[operation.method.toUpperCase()]!;
        const headers: Record<string, string> = { host: "ramparts.test", origin: "http://ramparts.test", cookie, "content-type": "application/json" };
        if (declared) headers["content-length"] = String(OVERSIZED);
        const body = JSON.stringify({ padding: "x".repeat(OVERSIZED) });
        const response = await handler(
          new Request(`http://ramparts.test${operation.path.replace(/\{\w+\}/g, ID)}`, { method: operation.method.toUpperCase(), headers, body }),
          { params: Promise.resolve({ id: ID }) },
        );
        expect(response.status).toBe(413);
        const answer = (await response.json()) as { error: { code: string; message: string } };
        expect(answer.error.code).toBe("payload_too_large");
        expect(answer.error.message).toMatch(/^The request body is larger than \d+ bytes \([\d.]+ [KM]iB\), the most this endpoint accepts\.$/);
      });
    }
  }
});
