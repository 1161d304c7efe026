import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { route, type TErrorBody } from "./route";

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
      throw new AppError("not_found", "notFound", { what: "cluster" });
    });
    const response = await handler(new Request("http://x/api/t"), segment);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such cluster." } });
  });

  it("answers in the caller's language: ?lang=, then the locale cookie, then Accept-Language", async () => {
    const handler = route({ access: "viewer" }, async () => {
      throw new AppError("not_found", "notFound", { what: "cluster" });
    });
    const message = async (init: RequestInit, url = "http://x/api/t") => ((await (await handler(new Request(url, init), segment)).json()) as TErrorBody).error.message;
    expect(await message({ headers: { "accept-language": "fr-FR,fr;q=0.9" } })).toBe("Ce cluster n'existe pas.");
    expect(await message({ headers: { cookie: "ramparts-locale=fr", "accept-language": "en" } })).toBe("Ce cluster n'existe pas.");
    expect(await message({ headers: { "accept-language": "fr" } }, "http://x/api/t?lang=en")).toBe("No such cluster.");
    expect(await message({ headers: { "accept-language": "de" } })).toBe("No such cluster.");
  });

  it("translates a field error's problems with its message, and the top-level message of a zod failure", async () => {
    const taken = route({ access: "viewer" }, async () => {
      throw new AppError("conflict", "clusterNameTaken", { name: "prod", archived: "yes" }, undefined, { field: "name" });
    });
    const fr = { headers: { "accept-language": "fr" } };
    const body = (await (await taken(new Request("http://x/api/t", fr), segment)).json()) as TErrorBody;
    const sentence = "Un cluster nommé « prod » existe déjà (archivé : restaurez-le ou choisissez un autre nom).";
    expect(body.error).toEqual({ code: "conflict", message: sentence, details: { formErrors: [], fieldErrors: { name: [sentence] } } });
    const english = (await (await taken(new Request("http://x/api/t"), segment)).json()) as TErrorBody;
    expect(english.error.message).toBe("A cluster named 'prod' already exists (archived: restore it, or choose another name).");
    const limited = route({ access: "viewer", query: z.object({ limit: z.coerce.number().max(10) }) }, async () => Response.json({}));
    const invalid = (await (await limited(new Request("http://x/api/t?limit=99", fr), segment)).json()) as TErrorBody;
    expect(invalid.error.message).toBe("Les paramètres de la requête ne sont pas valides.");
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
