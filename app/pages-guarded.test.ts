// Every page under app/ starts with the one guard (components/auth/guard.tsx) at the role the
// issue gives it; the sign-in page is the only public one. Pages are found on disk, so a new
// page without a guard fails here. (e2e/auth.spec.ts checks the redirect on the running app.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const EXPECTED: Record<string, "public" | "viewer" | "editor" | "admin"> = {
  "app/sign-in/page.tsx": "public",
  "app/clusters/new/page.tsx": "admin",
  "app/clusters/[id]/edit/page.tsx": "admin",
  "app/settings/tokens/page.tsx": "admin",
  "app/settings/notifications/page.tsx": "admin",
  "app/settings/users/page.tsx": "admin",
  "app/settings/audit/page.tsx": "admin",
};

function pages(dir = join(process.cwd(), "app")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name === "page.tsx" ? [relative(process.cwd(), path).replace(/\\/g, "/")] : [];
  });
}

describe("page guard", () => {
  const all = pages().sort();
  it("finds the pages", () => expect(all.length).toBeGreaterThanOrEqual(13));
  for (const page of all) {
    const access = EXPECTED[page] ?? "viewer";
    it(`${page} is ${access}`, () => {
      const body = readFileSync(page, "utf8").split(/export default async function Page\([^)]*\)[^{]*\{/)[1] ?? "";
      if (access === "public") {
        expect(body).not.toContain("guardPage(");
        return;
      }
      expect(body.trimStart().startsWith(`const denied = await guardPage("${access}");\n  if (denied) return denied;`)).toBe(true);
    });
  }
});
