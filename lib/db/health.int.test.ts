import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase, testDatabaseUrl } from "../../test/database";
import { createDatabaseClient, type TDatabase } from "./client";
import { checkHealth } from "./health";

const clients: TDatabase[] = [];
function client(url: string): () => TDatabase {
  const created = createDatabaseClient(url);
  clients.push(created);
  return () => created;
}
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

describe("checkHealth", () => {
  it("reports a migrated database as ok and up to date", async () => {
    const health = await checkHealth(client(testDatabaseUrl()));
    expect(health.status).toBe("ok");
    expect(health.database.reachable).toBe(true);
    expect(health.migrations.state).toBe("up_to_date");
    expect(health.migrations.pending).toEqual([]);
  });

  it("reports an empty database as reachable but not initialised", async () => {
    const scratch = await createScratchDatabase("ramparts_health");
    try {
      const health = await checkHealth(client(scratch.url));
      expect(health.database.reachable).toBe(true);
      expect(health.migrations.state).toBe("not_initialised");
      expect(health.migrations.pending.length).toBeGreaterThan(0);
      expect(health.status).toBe("degraded");
    } finally {
      await clients.pop()!.$disconnect();
      await scratch.drop();
    }
  });

  it("reports a stopped server as down with a reason a person can act on, and no password", async () => {
    const health = await checkHealth(client("postgresql://ramparts:s3cret-pw@127.0.0.1:9/ramparts"));
    expect(health.status).toBe("down");
    expect(health.database.reachable).toBe(false);
    expect(health.database.error).toMatch(/127\.0\.0\.1:9 could not be reached/);
    expect(JSON.stringify(health)).not.toContain("s3cret-pw");
  });
});
