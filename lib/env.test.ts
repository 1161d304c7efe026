import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv, resolveFileSettings } from "./env";

describe("parseEnv", () => {
  it("takes single sign-on settings all together, with the public URL, and splits the group lists", () => {
    const sso = { RAMPARTS_OIDC_ISSUER: "https://idp.example/realms/corp/", RAMPARTS_OIDC_CLIENT_ID: "ramparts", RAMPARTS_OIDC_CLIENT_SECRET: "s" };
    expect(() => parseEnv({ RAMPARTS_OIDC_ISSUER: sso.RAMPARTS_OIDC_ISSUER })).toThrowError(/RAMPARTS_OIDC_ISSUER: single sign-on needs/);
    expect(() => parseEnv(sso)).toThrowError(/RAMPARTS_PUBLIC_URL: single sign-on needs RAMPARTS_PUBLIC_URL/);
    const env = parseEnv({ ...sso, RAMPARTS_PUBLIC_URL: "https://ramparts.example/", RAMPARTS_OIDC_ADMIN_GROUPS: " admins , ,sre-leads" });
    expect(env.RAMPARTS_OIDC_ISSUER).toBe("https://idp.example/realms/corp");
    expect(env.RAMPARTS_PUBLIC_URL).toBe("https://ramparts.example");
    expect(env.RAMPARTS_OIDC_ADMIN_GROUPS).toEqual(["admins", "sre-leads"]);
    expect(env.RAMPARTS_OIDC_VIEWER_GROUPS).toEqual([]);
    expect(env.RAMPARTS_OIDC_GROUPS_CLAIM).toBe("groups");
    expect(env.RAMPARTS_OIDC_PROVIDER_NAME).toBe("SSO");
    expect(parseEnv({}).RAMPARTS_OIDC_ISSUER).toBeUndefined();
  });
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
  it("checks encryption keys are 32 bytes of base64 without quoting them", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ RAMPARTS_ENCRYPTION_KEY: key }).RAMPARTS_ENCRYPTION_KEY).toBe(key);
    expect(parseEnv({ RAMPARTS_ENCRYPTION_KEY: "" }).RAMPARTS_ENCRYPTION_KEY).toBeUndefined();
    const short = Buffer.alloc(16, 7).toString("base64");
    expect(() => parseEnv({ RAMPARTS_NEW_ENCRYPTION_KEY: short })).toThrowError(
      /RAMPARTS_NEW_ENCRYPTION_KEY: must decode to exactly 32 bytes, not 16 \(generate one with `openssl rand -base64 32`\)/,
    );
    const error = (() => {
      try {
        parseEnv({ RAMPARTS_ENCRYPTION_KEY: short });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).toMatch(/RAMPARTS_ENCRYPTION_KEY/);
    expect(error?.message).not.toContain(short);
  });
  it("keeps the Kubernetes service variables as text for in-cluster mode", () => {
    expect(parseEnv({ KUBERNETES_SERVICE_HOST: "10.96.0.1", KUBERNETES_SERVICE_PORT: "443" })).toMatchObject({
      KUBERNETES_SERVICE_HOST: "10.96.0.1",
      KUBERNETES_SERVICE_PORT: "443",
    });
  });
  it("reads CI the way CI systems set it", () => {
    expect(parseEnv({ CI: "true" }).CI).toBe(true);
    expect(parseEnv({ CI: "false" }).CI).toBe(false);
  });

  it("reads secrets from <NAME>_FILE when <NAME> is unset, and says which file it could not read", () => {
    const files: Record<string, string> = { "/run/secrets/db": "postgresql://u:p@db:5432/ramparts\n" };
    const read = (path: string) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error("no such file"), { code: "ENOENT" });
      return text;
    };
    expect(parseEnv(resolveFileSettings({ DATABASE_URL_FILE: "/run/secrets/db" }, read)).DATABASE_URL).toBe("postgresql://u:p@db:5432/ramparts");
    // An explicit value wins: launchers hand resolved values to their children, which keep the _FILE variable.
    expect(resolveFileSettings({ DATABASE_URL: "postgres://x", DATABASE_URL_FILE: "/missing" }, read).DATABASE_URL).toBe("postgres://x");
    // Only the secret settings are read from files.
    expect(resolveFileSettings({ PORT_FILE: "/run/secrets/db" }, read).PORT).toBeUndefined();
    expect(() => resolveFileSettings({ RAMPARTS_ENCRYPTION_KEY_FILE: "/missing" }, read)).toThrowError(
      /RAMPARTS_ENCRYPTION_KEY_FILE: cannot read \/missing \(ENOENT\)/,
    );
  });
});
