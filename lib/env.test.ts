import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies documented defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.RAMPARTS_DATA_DIR).toBe(".data");
    expect(env.PORT).toBe(3000);
    expect(env.RAMPARTS_EMBEDDED_PG_PORT).toBe(54329);
    expect(env.CI).toBe(false);
  });
  it("treats an empty DATABASE_URL as unset (embedded database)", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });
  it("names every invalid variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", PORT: "http" })).toThrowError(InvalidEnvironmentError);
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "http" });
    } catch (error) {
      expect((error as Error).message).toMatch(/DATABASE_URL/);
      expect((error as Error).message).toMatch(/PORT/);
    }
  });
  it("reads CI the way CI systems set it", () => {
    expect(parseEnv({ CI: "true" }).CI).toBe(true);
    expect(parseEnv({ CI: "false" }).CI).toBe(false);
  });
});
