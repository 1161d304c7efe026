import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { setEnvForThisProcess } from "../env";
import {
  activeEncryptionKey,
  clusterCredentialContext,
  CredentialError,
  credentialKeyId,
  decryptCredential,
  encryptCredential,
  encryptionKeyId,
  loadOrCreateDemoKey,
  reencrypt,
} from "./credentials";
import { decodeEncryptionKey, encryptionKeyProblem } from "./keys";

const key = randomBytes(32);
const otherKey = randomBytes(32);
const context = clusterCredentialContext("3f1c7a52-0000-4000-8000-000000000001");
const secret = "apiVersion: v1\nusers:\n- name: ci\n  user:\n    token: CANARY-TOKEN-Ω-7f3a\n";

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CredentialError);
    const message = (error as Error).message;
    expect(message).not.toContain("CANARY");
    expect(message).not.toContain(key.toString("base64"));
    expect(message).not.toContain(otherKey.toString("base64"));
    return (error as CredentialError).reason;
  }
  throw new Error("expected a CredentialError");
}

function flip(data: Buffer, at: number): Buffer {
  const copy = Buffer.from(data);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe("encryptCredential / decryptCredential", () => {
  it("round-trips text, with a fresh IV every time", () => {
    const first = encryptCredential(secret, context, key);
    const second = encryptCredential(secret, context, key);
    expect(first.equals(second)).toBe(false);
    expect(decryptCredential(first, context, key)).toBe(secret);
    expect(decryptCredential(second, context, key)).toBe(secret);
    expect(decryptCredential(encryptCredential("", context, key), context, key)).toBe("");
    expect(first.toString("latin1")).not.toContain("CANARY");
  });

  it("writes the versioned, self-describing layout", () => {
    const data = encryptCredential(secret, context, key);
    expect(data[0]).toBe(1);
    expect(data.subarray(1, 9).toString("hex")).toBe(encryptionKeyId(key));
    expect(credentialKeyId(data)).toBe(encryptionKeyId(key));
    expect(data.length).toBe(1 + 8 + 12 + 16 + Buffer.byteLength(secret));
    expect(encryptionKeyId(key)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reads a Uint8Array view as Prisma returns it", () => {
    const data = encryptCredential(secret, context, key);
    const padded = new Uint8Array(data.length + 4);
    padded.set(data, 4);
    expect(decryptCredential(padded.subarray(4), context, key)).toBe(secret);
  });

  it("names the key ids on a wrong key, before trying to decrypt", () => {
    const data = encryptCredential(secret, context, key);
    expect(reasonOf(() => decryptCredential(data, context, otherKey))).toBe("wrong_key");
    try {
      decryptCredential(data, context, otherKey);
    } catch (error) {
      expect((error as Error).message).toContain(`key id ${encryptionKeyId(key)}`);
      expect((error as Error).message).toContain(encryptionKeyId(otherKey));
      expect((error as Error).message).toMatch(/RAMPARTS_ENCRYPTION_KEY/);
    }
  });

  it("reports an altered key id as another key", () => {
    const data = encryptCredential(secret, context, key);
    expect(reasonOf(() => decryptCredential(flip(data, 3), context, key))).toBe("wrong_key");
  });

  it("detects tampering with the IV, the tag or the ciphertext, never returning garbage", () => {
    const data = encryptCredential(secret, context, key);
    for (const at of [9, 9 + 12, 9 + 12 + 16, data.length - 1]) {
      expect(reasonOf(() => decryptCredential(flip(data, at), context, key)), `byte ${at}`).toBe("tampered");
    }
    expect(reasonOf(() => decryptCredential(data.subarray(0, data.length - 1), context, key))).toBe("tampered");
  });

  it("binds a ciphertext to its record: another context fails", () => {
    const data = encryptCredential(secret, context, key);
    expect(reasonOf(() => decryptCredential(data, clusterCredentialContext("another-id"), key))).toBe("tampered");
  });

  it("refuses unknown versions and truncated data", () => {
    const data = encryptCredential(secret, context, key);
    const future = Buffer.from(data);
    future[0] = 2;
    expect(reasonOf(() => decryptCredential(future, context, key))).toBe("unsupported_version");
    expect(reasonOf(() => decryptCredential(data.subarray(0, 20), context, key))).toBe("malformed");
    expect(reasonOf(() => decryptCredential(Buffer.from("not encrypted"), context, key))).toBe("malformed");
  });

  it("refuses keys of the wrong size and an empty context", () => {
    expect(reasonOf(() => encryptCredential(secret, context, randomBytes(16)))).toBe("no_key");
    expect(() => encryptCredential(secret, "", key)).toThrow(TypeError);
  });
});

describe("reencrypt", () => {
  it("moves a credential to the new key and away from the old one", () => {
    const rotated = reencrypt(encryptCredential(secret, context, key), context, key, otherKey);
    expect(credentialKeyId(rotated)).toBe(encryptionKeyId(otherKey));
    expect(decryptCredential(rotated, context, otherKey)).toBe(secret);
    expect(reasonOf(() => decryptCredential(rotated, context, key))).toBe("wrong_key");
  });
  it("refuses to rotate what the old key cannot read", () => {
    const data = encryptCredential(secret, context, otherKey);
    expect(reasonOf(() => reencrypt(data, context, key, otherKey))).toBe("wrong_key");
  });
});

describe("RAMPARTS_ENCRYPTION_KEY", () => {
  afterAll(() => setEnvForThisProcess("RAMPARTS_ENCRYPTION_KEY", ""));

  it("is the default key, and its absence is a clear error", () => {
    setEnvForThisProcess("RAMPARTS_ENCRYPTION_KEY", "");
    expect(reasonOf(() => activeEncryptionKey())).toBe("no_key");
    expect(() => activeEncryptionKey()).toThrow(/openssl rand -base64 32/);
    setEnvForThisProcess("RAMPARTS_ENCRYPTION_KEY", key.toString("base64"));
    expect(decryptCredential(encryptCredential(secret, context), context, key)).toBe(secret);
  });

  it("must be strict base64 of exactly 32 bytes, and errors never quote it", () => {
    expect(encryptionKeyProblem(key.toString("base64"))).toBeUndefined();
    expect(encryptionKeyProblem(randomBytes(16).toString("base64"))).toMatch(/exactly 32 bytes, not 16/);
    expect(encryptionKeyProblem("not base64 at all!")).toMatch(/base64/);
    const typo = `${key.toString("base64").slice(0, 40)}$$$=`;
    expect(() => decodeEncryptionKey(typo, "--from")).toThrow(/^--from must be base64/);
    expect(() => decodeEncryptionKey(typo)).toThrow(/^RAMPARTS_ENCRYPTION_KEY must be base64/);
    try {
      decodeEncryptionKey(typo);
    } catch (error) {
      expect((error as Error).message).not.toContain(typo.slice(0, 40));
    }
  });
});

describe("loadOrCreateDemoKey", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), "ramparts-key-"));
    dirs.push(dir);
    return dir;
  };

  it("creates the key once, mode 0600, and reads it back afterwards", async () => {
    const dataDir = join(await tempDir(), "nested", ".data");
    const created = await loadOrCreateDemoKey(dataDir);
    expect(created).toHaveLength(32);
    expect((await stat(join(dataDir, "encryption.key"))).mode & 0o777).toBe(0o600);
    expect((await loadOrCreateDemoKey(dataDir)).equals(created)).toBe(true);
  });

  it("agrees on one key when several start at once, leaving no draft behind", async () => {
    const dataDir = await tempDir();
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateDemoKey(dataDir)));
    for (const one of keys) expect(one.equals(keys[0]!)).toBe(true);
    expect(await readdir(dataDir)).toEqual(["encryption.key"]);
  });

  it("names the file, not its content, when the stored key is broken", async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, "encryption.key"), "short-and-wrong\n");
    await expect(loadOrCreateDemoKey(dataDir)).rejects.toThrow(/encryption\.key must be base64/);
  });
});
