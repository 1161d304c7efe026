import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument, OPERATIONS } from "./openapi";

const API_DIR = join(process.cwd(), "app", "api");

/** Every app/api/**\/route.ts as "METHOD /api/path/{param}", from the handlers it exports. */
function routeFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "route.ts") {
        const folder = relative(API_DIR, dir).split(sep).filter(Boolean).map((part) => part.replace(/^\[(\w+)\]$/, "{$1}"));
        const apiPath = ["/api", ...folder].join("/");
        const source = readFileSync(path, "utf8");
        for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) found.push(`${match[1]} ${apiPath}`);
      }
    }
  };
  walk(API_DIR);
  return found.sort();
}

describe("the OpenAPI document", () => {
  const document = JSON.parse(JSON.stringify(openApiDocument())) as {
    openapi: string;
    paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>; parameters: { name: string; in: string }[] }>>;
    components: { schemas: Record<string, unknown> };
  };

  it("is OpenAPI 3.1 and round-trips through JSON", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).length).toBeGreaterThan(10);
  });

  it("lists exactly the route handlers under app/api", () => {
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`)).sort();
    expect(documented).toEqual(routeFiles());
  });

  it("resolves every $ref and declares every path parameter", () => {
    const refs = JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g);
    for (const [, name] of refs) expect(document.components.schemas, name).toHaveProperty(name!);
    for (const [path, methods] of Object.entries(document.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(methods)) {
        expect(operation.parameters.filter((parameter) => parameter.in === "path").map((parameter) => parameter.name)).toEqual(names);
      }
    }
  });

  it("documents dates as strings, query parameters with their constraints, and errors with one shape", () => {
    const matrix = document.paths["/api/clusters/{id}/matrix"]!.get!;
    expect(matrix.responses["404"]?.content?.["application/json"]?.schema.$ref).toBe("#/components/schemas/Error");
    expect(matrix.parameters.map((parameter) => parameter.name)).toEqual(["id", "ratings"]);
    const findings = JSON.stringify(document.paths["/api/clusters/{id}/findings"]);
    expect(findings).toContain('"name":"limit"');
    expect(findings).toContain('"maximum":200');
    expect(JSON.stringify(document.components.schemas.ScanDetail)).toContain('"format":"date-time"');
    expect(document.components.schemas.Error).toMatchObject({ properties: { error: { properties: { code: { enum: expect.arrayContaining(["not_found", "validation_failed"]) } } } } });
    expect(new Set(OPERATIONS.map((operation) => `${operation.method} ${operation.path}`)).size).toBe(OPERATIONS.length);
  });
});
