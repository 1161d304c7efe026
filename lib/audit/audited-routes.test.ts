// Every route handler that changes something writes the audit log; the few mutations that change
// nothing (connection tests, reading a kubeconfig) are named here with the reason. A new mutating
// route without an audit() call fails this test until it records one or is listed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const CHANGES_NOTHING: Record<string, string> = {
  "app/api/clusters/test-connection/route.ts": "tests a connection that is not saved",
  "app/api/clusters/inspect/route.ts": "reads the contexts of a kubeconfig that is not saved",
  "app/api/clusters/[id]/test/route.ts": "tests the stored connection, changes nothing",
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === "route.ts" ? [path] : [];
  });
}

describe("audited route handlers", () => {
  it("records every mutation in the audit log", () => {
    const unaudited: string[] = [];
    for (const file of routeFiles(join(process.cwd(), "app", "api"))) {
      const source = readFileSync(file, "utf8");
      const path = relative(process.cwd(), file).replace(/\\/g, "/");
      if (!/export\s+const\s+(POST|PUT|PATCH|DELETE)\b/.test(source) || path in CHANGES_NOTHING) continue;
      if (!/\baudit\(/.test(source)) unaudited.push(path);
    }
    expect(unaudited).toEqual([]);
  });

  it("lists only route files that exist", () => {
    for (const path of Object.keys(CHANGES_NOTHING)) expect(statSync(join(process.cwd(), path)).isFile(), path).toBe(true);
  });
});
