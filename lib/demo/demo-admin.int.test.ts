import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { passwordMatches } from "@/lib/db/users";
import { DEMO_ADMIN_EMAIL, ensureDemoAdmin } from "./demo-admin";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "ramparts-demo-admin-"));
  await db().user.deleteMany({ where: { email: DEMO_ADMIN_EMAIL } });
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("the demo admin", () => {
  it("gets a random password on the first start, kept 0600 in the data directory, hashed in the database", async () => {
    const first = await ensureDemoAdmin(dataDir);
    expect(first.email).toBe("admin@demo.local");
    expect(first.password.length).toBeGreaterThanOrEqual(12);
    expect((await readFile(join(dataDir, "demo-admin.password"), "utf8")).trim()).toBe(first.password);
    expect((await stat(join(dataDir, "demo-admin.password"))).mode & 0o777).toBe(0o600);
    const user = await db().user.findUniqueOrThrow({ where: { email: DEMO_ADMIN_EMAIL }, include: { accounts: true } });
    expect(user.role).toBe("admin");
    expect(user.accounts[0]!.password).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(user)).not.toContain(first.password);
  });

  it("keeps the same password on the next start, and puts it back if the account was changed", async () => {
    const first = await ensureDemoAdmin(dataDir);
    expect((await ensureDemoAdmin(dataDir)).password).toBe(first.password);
    await db().account.updateMany({ where: { user: { email: DEMO_ADMIN_EMAIL } }, data: { password: "tampered" } });
    await ensureDemoAdmin(dataDir);
    expect(await passwordMatches(DEMO_ADMIN_EMAIL, first.password)).toBe(true);
  });

  it("gets a new password with a new data directory", async () => {
    const other = await mkdtemp(join(tmpdir(), "ramparts-demo-admin-"));
    try {
      const fresh = await ensureDemoAdmin(other);
      expect(fresh.password).not.toBe((await readFile(join(dataDir, "demo-admin.password"), "utf8")).trim());
      expect(await passwordMatches(DEMO_ADMIN_EMAIL, fresh.password)).toBe(true);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
