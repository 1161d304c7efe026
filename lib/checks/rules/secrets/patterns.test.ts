import { describe, expect, it } from "vitest";
import { configEntrySecretReason, literalSecretReason, nameLooksSecret } from "./patterns";

describe("nameLooksSecret", () => {
  it.each(["DB_PASSWORD", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "apiKey", "client-secret", "STRIPE_API_KEY", "SMTP_PASS", "signingKey"])(
    "%s names a credential", (name) => expect(nameLooksSecret(name)).toBe(true));
  it.each(["PASSWORD_FILE", "TOKEN_URL", "SECRET_NAME", "AWS_ACCESS_KEY_ID", "API_TOKEN_TTL", "LOG_LEVEL", "PASSTHROUGH", "KEYCLOAK_REALM", "SECRET_KEY_REF"])(
    "%s does not", (name) => expect(nameLooksSecret(name)).toBe(false));
});

describe("literalSecretReason", () => {
  it("recognises credential shapes whatever the name", () => {
    expect(literalSecretReason("S3_UPLOADER", "AKIAIOSFODNN7EXAMPLE")).toBe("AWS access key");
    expect(literalSecretReason("CERT", "-----BEGIN EC PRIVATE KEY-----\nabc")).toBe("private key");
    expect(literalSecretReason("SESSION", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")).toBe("JSON Web Token");
    expect(literalSecretReason("DATABASE_URL", "postgres://app:s3cr3t@db:5432/app")).toBe("credentials in a URL");
    expect(literalSecretReason("GH", `ghp_${"a".repeat(36)}`)).toBe("GitHub token");
  });

  it("ignores references, paths, flags, short values and URLs without credentials", () => {
    for (const value of ["", "abc", "true", "3600", "/etc/secrets/db", "$(DB_PASSWORD)", "${TOKEN}", "{{ .Values.password }}", "https://auth.example.com/token"]) {
      expect(literalSecretReason("DB_PASSWORD", value)).toBeUndefined();
    }
    expect(literalSecretReason("DATABASE_URL", "postgres://app:$(DB_PASSWORD)@db:5432/app")).toBeUndefined();
  });
});

describe("configEntrySecretReason", () => {
  it("finds a credential assigned inside a configuration file", () => {
    expect(configEntrySecretReason("app.ini", "[db]\nuser = app\npassword = correct-horse-battery\n")).toBe("a credential assigned inside the file");
    expect(configEntrySecretReason("config.yaml", "auth:\n  client_secret: \"0a1b2c3d4e5f6a7b\"\n")).toBe("a credential assigned inside the file");
  });

  it("does not mistake references to secrets for secrets", () => {
    expect(configEntrySecretReason("pod.yaml", "volumes:\n- secret:\n    secretName: web-tls\n")).toBeUndefined();
    expect(configEntrySecretReason("app.yaml", "password: ${DB_PASSWORD}\npasswordFile: /etc/secrets/pw\n")).toBeUndefined();
  });
});
