// Input limits on every route (issue 8): each request body is read through lib/api/body.ts (a
// size limit, then zod), never directly; and every string and list a client can send, in a body or
// a query, has a bound. Route files are found on disk and schemas come from the OpenAPI
// operations, so a new route or field without a limit fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument, OPERATIONS } from "./openapi";

type TJson = Record<string, unknown>;

function routeFiles(dir = join(process.cwd(), "app", "api")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

const apiPath = (file: string) => `/${relative(process.cwd(), file).replace(/\\/g, "/").replace(/^app\//, "").replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}")}`;

/** An anchored pattern without an open-ended repetition (like an id's) bounds the length by itself. */
function fixedLengthPattern(pattern: unknown): boolean {
  return typeof pattern === "string" && pattern.startsWith("^") && pattern.endsWith("$") && !/[*+]|\{\d+,\}/.test(pattern);
}

/** Every place in a JSON schema where a string or an array has no upper bound, as "path: what". */
function unbounded(schema: TJson, components: Record<string, TJson>, path: string, seen = new Set<string>()): string[] {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop()!;
    if (seen.has(name)) return [];
    return unbounded(components[name]!, components, path, new Set([...seen, name]));
  }
  const problems: string[] = [];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const bounded = schema.enum !== undefined || schema.const !== undefined || fixedLengthPattern(schema.pattern);
  if (types.includes("string") && !bounded && schema.maxLength === undefined) problems.push(`${path}: string without maxLength`);
  if (types.includes("array") && schema.maxItems === undefined) problems.push(`${path}: array without maxItems`);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    for (const [index, part] of ((schema[key] as TJson[] | undefined) ?? []).entries()) problems.push(...unbounded(part, components, `${path}|${index}`, seen));
  }
  for (const [name, property] of Object.entries((schema.properties as Record<string, TJson> | undefined) ?? {})) problems.push(...unbounded(property, components, `${path}.${name}`, seen));
  if (schema.items && typeof schema.items === "object") problems.push(...unbounded(schema.items as TJson, components, `${path}[]`, seen));
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") problems.push(...unbounded(schema.additionalProperties as TJson, components, `${path}{}`, seen));
  return problems;
}

describe("input limits", () => {
  const files = routeFiles();

  it("reads no request body except through parseBody (size limit + zod)", () => {
    const direct = files.filter((file) => /\brequest\.(json|text|formData|arrayBuffer|blob)\(|\brequest\.body\b/.test(readFileSync(file, "utf8")));
    expect(direct.map((file) => relative(process.cwd(), file))).toEqual([]);
  });

  it("gives every route that takes a body an explicit byte limit, and declares that body in the API description", () => {
    const withBody = new Set(OPERATIONS.filter((operation) => operation.body).map((operation) => `${operation.method.toUpperCase()} ${operation.path}`));
    const parsing = files.filter((file) => readFileSync(file, "utf8").includes("parseBody("));
    expect(parsing.length).toBeGreaterThan(5);
    for (const file of parsing) {
      const text = readFileSync(file, "utf8");
      const calls = text.match(/parseBody\([^;]*\);/gs) ?? [];
      for (const call of calls) expect(call, relative(process.cwd(), file)).toMatch(/maxBytes:/);
      const methods = [...text.matchAll(/export const (POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!);
      expect(methods.some((method) => withBody.has(`${method} ${apiPath(file)}`)), `${apiPath(file)} declares its body in OPERATIONS`).toBe(true);
    }
  });

  it("bounds every string and list a client sends, in a query or a body", () => {
    const document = openApiDocument();
    const components = document.components.schemas as Record<string, TJson>;
    const problems: string[] = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods as Record<string, TJson>)) {
        for (const parameter of (operation.parameters as TJson[]) ?? []) {
          if (parameter.in === "query") problems.push(...unbounded(parameter.schema as TJson, components, `${method.toUpperCase()} ${path} ?${String(parameter.name)}`));
        }
        const body = (operation.requestBody as { content: Record<string, { schema: TJson }> } | undefined)?.content["application/json"]?.schema;
        if (body) problems.push(...unbounded(body, components, `${method.toUpperCase()} ${path} body`));
      }
    }
    expect(problems).toEqual([]);
  });
});
