import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { route } from "./route";

// What the wrapper does with input and errors; access is lib/auth/authorize.test.ts and app/api/access.int.test.ts.
vi.mock("../auth/authorize", () => import("../../test/act-as-admin"));

const segment = { params: Promise.resolve({}) };

describe("route()", () => {
  it("validates the query and hands the parsed value to the handler", async () => {
    const handler = route({ access: "viewer", query: z.object({ limit: z.coerce.number().int().max(100) }) }, async ({ query }) =>
      Response.json({ doubled: query.limit * 2 }),
    );
    const ok = await handler(new Request("http://x/api/t?limit=21"), segment);
    expect(await ok.json()).toEqual({ doubled: 42 });
    const bad = await handler(new Request("http://x/api/t?limit=1000"), segment);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("validation_failed");
  });

  it("answers AppErrors with their code and status", async () => {
    const handler = route({ access: "viewer" }, async () => {
      throw new AppError("not_found", "No such cluster.");
    });
    const response = await handler(new Request("http://x/api/t"), segment);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such cluster." } });
  });

  it("turns a refused database connection into 503 database_unavailable", async () => {
    const handler = route({ access: "viewer" }, async () => {
      throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    });
    const response = await handler(new Request("http://x/api/t"), segment);
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("database_unavailable");
  });

  it("hides unexpected errors behind a generic message", async () => {
    const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true); // the server log of the error
    const handler = route({ access: "viewer" }, async () => {
      throw new Error("secret internals at /srv/app.ts:12");
    });
    const response = await handler(new Request("http://x/api/t"), segment);
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error.code).toBe("internal");
    expect(JSON.stringify(body)).not.toContain("secret internals");
    spy.mockRestore();
  });
});
