import { spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../../test/database";
import { childEnv } from "../env";
import { clusterCredentialContext, CredentialError, decryptCredential, encryptCredential, encryptionKeyId, notificationSecretContext, notificationUrlContext } from "./credentials";
import { rotateClusterCredentials, RotationRefusedError } from "./rotate-clusters";

const CANARY = "token: CANARY-rotation-9d2e";
const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const strayKey = randomBytes(32);

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
});
afterAll(async () => {
  await client.query("DELETE FROM clusters");
  await client.query("DELETE FROM notification_endpoints");
  await client.end();
});
beforeEach(async () => {
  await client.query("DELETE FROM clusters");
  await client.query("DELETE FROM notification_endpoints");
});

/** Inserts a cluster whose credentials are `credentials(id)`; returns its id. */
async function insertCluster(name: string, credentials: ((id: string) => Buffer) | null): Promise<string> {
  const id = randomUUID();
  await client.query(
    "INSERT INTO clusters (id, name, connection_kind, credentials, updated_at) VALUES ($1, $2, $3, $4, now())",
    [id, name, credentials ? "kubeconfig" : "in_cluster", credentials ? credentials(id) : null],
  );
  return id;
}

const under = (key: Buffer, plaintext = CANARY) => (id: string) => encryptCredential(`${plaintext} ${id}`, clusterCredentialContext(id), key);

async function storedCredentials(): Promise<Map<string, Buffer | null>> {
  const { rows } = await client.query<{ id: string; credentials: Buffer | null }>("SELECT id, credentials FROM clusters");
  return new Map(rows.map((row) => [row.id, row.credentials]));
}

function runScript(args: string[], extraEnv: Record<string, string | undefined> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join("node_modules", ".bin", "tsx"), ["scripts/rotate-encryption-key.ts", ...args], {
      env: childEnv({ DATABASE_URL: testDatabaseUrl(), RAMPARTS_ENCRYPTION_KEY: undefined, RAMPARTS_NEW_ENCRYPTION_KEY: undefined, ...extraEnv }),
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, out }));
  });
}

describe("rotateClusterCredentials", () => {
  it("re-encrypts every credential under the new key, leaving clusters without credentials alone", async () => {
    const ids = [await insertCluster("prod-eu", under(oldKey)), await insertCluster("staging", under(oldKey))];
    const inCluster = await insertCluster("self", null);

    const result = await rotateClusterCredentials(client, oldKey, newKey);

    expect(result).toEqual({ rotated: 2, rotatedEndpoints: 0, fromKeyId: encryptionKeyId(oldKey), toKeyId: encryptionKeyId(newKey) });
    const stored = await storedCredentials();
    expect(stored.get(inCluster)).toBeNull();
    for (const id of ids) {
      expect(decryptCredential(stored.get(id)!, clusterCredentialContext(id), newKey)).toBe(`${CANARY} ${id}`);
      expect(() => decryptCredential(stored.get(id)!, clusterCredentialContext(id), oldKey)).toThrow(CredentialError);
    }
  });

  it("re-encrypts notification endpoint secrets in the same transaction, or refuses naming the endpoint", async () => {
    const endpoint = randomUUID();
    await client.query(
      "INSERT INTO notification_endpoints (id, name, kind, url, secret, events, cluster_ids, updated_at) VALUES ($1, 'chat', 'slack', 'https://hooks.example/x', $2, '{grade_drop}', '{}', now())",
      [endpoint, encryptCredential("webhook-secret-0123456789", notificationSecretContext(endpoint), oldKey)],
    );
    // One whose URL is encrypted too (the other is a row from before, its URL still in clear).
    const sealed = randomUUID();
    await client.query(
      "INSERT INTO notification_endpoints (id, name, kind, url, url_encrypted, url_masked, secret, events, cluster_ids, updated_at) VALUES ($1, 'sealed', 'slack', NULL, $2, 'https://hooks.example/T…', $3, '{grade_drop}', '{}', now())",
      [sealed, encryptCredential("https://hooks.example/T0KEN", notificationUrlContext(sealed), oldKey), encryptCredential("webhook-secret-9876543210", notificationSecretContext(sealed), oldKey)],
    );
    expect(await rotateClusterCredentials(client, oldKey, newKey)).toMatchObject({ rotated: 0, rotatedEndpoints: 2 });
    const { rows } = await client.query<{ id: string; secret: Buffer; url: string | null; url_encrypted: Buffer | null }>("SELECT id, secret, url, url_encrypted FROM notification_endpoints ORDER BY name");
    expect(decryptCredential(rows[0]!.secret, notificationSecretContext(endpoint), newKey)).toBe("webhook-secret-0123456789");
    expect(rows[0]).toMatchObject({ url: "https://hooks.example/x", url_encrypted: null });
    expect(decryptCredential(rows[1]!.secret, notificationSecretContext(sealed), newKey)).toBe("webhook-secret-9876543210");
    expect(decryptCredential(rows[1]!.url_encrypted!, notificationUrlContext(sealed), newKey)).toBe("https://hooks.example/T0KEN");

    const refused = rotateClusterCredentials(client, oldKey, strayKey);
    await expect(refused).rejects.toThrow(RotationRefusedError);
    await expect(refused).rejects.toThrow(/notification endpoint chat/);
  });

  it("refuses, changing nothing, when a credential cannot be decrypted with the old key, and names its cluster", async () => {
    await insertCluster("good", under(oldKey));
    await insertCluster("stray", under(strayKey));
    await insertCluster("moved", (id) => under(oldKey)(`${id}-elsewhere`)); // encrypted for another row
    const before = await storedCredentials();

    const refusal = await rotateClusterCredentials(client, oldKey, newKey).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(RotationRefusedError);
    expect((refusal as RotationRefusedError).unreadable).toEqual([
      { cluster: "moved", reason: expect.stringMatching(/integrity check/) },
      { cluster: "stray", reason: `encrypted with another key (key id ${encryptionKeyId(strayKey)})` },
    ]);
    expect((refusal as Error).message).toMatch(/^Nothing was changed/);
    expect((refusal as Error).message).not.toContain("CANARY");
    expect(await storedCredentials()).toEqual(before);
  });

  it("says so when the credentials are already under the new key", async () => {
    await insertCluster("done", under(newKey));
    const refusal = await rotateClusterCredentials(client, oldKey, newKey).catch((error: unknown) => error);
    expect((refusal as RotationRefusedError).unreadable).toEqual([
      { cluster: "done", reason: `already encrypted with the new key (key id ${encryptionKeyId(newKey)})` },
    ]);
    await expect(rotateClusterCredentials(client, newKey, newKey)).rejects.toThrow(/the same key/);
  });
});

describe("npm run keys:rotate", () => {
  it("rotates with keys from flags, or from the environment, never printing them", async () => {
    const id = await insertCluster("prod-eu", under(oldKey));
    const byFlags = await runScript(["--from", oldKey.toString("base64"), "--to", newKey.toString("base64")]);
    expect(byFlags.code, byFlags.out).toBe(0);
    expect(byFlags.out).toMatch(/Re-encrypted the credentials of 1 cluster\(s\)/);
    const third = randomBytes(32);
    const byEnv = await runScript([], { RAMPARTS_ENCRYPTION_KEY: newKey.toString("base64"), RAMPARTS_NEW_ENCRYPTION_KEY: third.toString("base64") });
    expect(byEnv.code, byEnv.out).toBe(0);
    expect(decryptCredential((await storedCredentials()).get(id)!, clusterCredentialContext(id), third)).toBe(`${CANARY} ${id}`);
    for (const output of [byFlags.out, byEnv.out]) {
      for (const key of [oldKey, newKey, third]) expect(output).not.toContain(key.toString("base64"));
      expect(output).not.toContain("CANARY");
    }
  });

  it("exits non-zero naming the unreadable clusters, and explains its usage", async () => {
    await insertCluster("stray", under(strayKey));
    const refused = await runScript(["--from", oldKey.toString("base64"), "--to", newKey.toString("base64")]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/Nothing was changed.*\n- stray: encrypted with another key/);
    const missing = await runScript(["--from", oldKey.toString("base64")]);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/Both keys are needed\.\nUsage: npm run keys:rotate/);
    const bad = await runScript(["--from", "short", "--to", newKey.toString("base64")]);
    expect(bad.out).toMatch(/--from must be base64/);
  });
});
