// Key rotation for every stored cluster credential (and notification endpoint secret and URL), all or nothing: every row is decrypted with
// the old key before any is written, inside one transaction that keeps other writers out, so a
// rotation can never leave some clusters under one key and the rest under another.
import type { ClientBase } from "pg";
import { AppError } from "../errors";
import { clusterCredentialContext, CredentialError, credentialKeyId, encryptionKeyId, notificationSecretContext, notificationUrlContext, reencrypt } from "./credentials";

export interface TRotationResult {
  rotated: number;
  /** Notification endpoints whose HMAC secret (and URL, once encrypted) was re-encrypted. */
  rotatedEndpoints: number;
  fromKeyId: string;
  toKeyId: string;
}

export interface TUnreadableCredential {
  cluster: string;
  reason: string;
}

/** Rotation refused because some credentials cannot be read with the old key; nothing was changed. */
export class RotationRefusedError extends AppError {
  constructor(readonly unreadable: TUnreadableCredential[]) {
    super("conflict", "rotationRefused", {
      count: unreadable.length,
      list: unreadable.map(({ cluster, reason }) => `- ${cluster}: ${reason}`).join("\n"),
    });
    this.name = "RotationRefusedError";
  }
}

interface TRow {
  id: string;
  name: string;
  credentials: Buffer;
}

export async function rotateClusterCredentials(client: ClientBase, oldKey: Buffer, newKey: Buffer): Promise<TRotationResult> {
  const fromKeyId = encryptionKeyId(oldKey);
  const toKeyId = encryptionKeyId(newKey);
  if (fromKeyId === toKeyId) throw new AppError("bad_request", "keysSame");
  await client.query("BEGIN");
  try {
    // Blocks inserts and updates (not reads) until COMMIT: a cluster registered meanwhile with
    // the old key would otherwise be left behind.
    await client.query("LOCK TABLE clusters IN SHARE ROW EXCLUSIVE MODE");
    const { rows } = await client.query<TRow>("SELECT id, name, credentials FROM clusters WHERE credentials IS NOT NULL ORDER BY name");
    const updates: { id: string; credentials: Buffer<ArrayBuffer> }[] = [];
    const unreadable: TUnreadableCredential[] = [];
    for (const row of rows) {
      try {
        updates.push({ id: row.id, credentials: reencrypt(row.credentials, clusterCredentialContext(row.id), oldKey, newKey) });
      } catch (error) {
        unreadable.push({ cluster: row.name, reason: describeFailure(error, row.credentials, toKeyId) });
      }
    }
    // Webhook secrets are under the same key: rotated in the same transaction, or nothing is.
    await client.query("LOCK TABLE notification_endpoints IN SHARE ROW EXCLUSIVE MODE");
    // A URL still in clear (a row from before URLs were encrypted) has nothing to rotate: it is
    // sealed under the key in use at the next sealUrls().
    const endpoints = await client.query<{ id: string; name: string; secret: Buffer; url_encrypted: Buffer | null }>("SELECT id, name, secret, url_encrypted FROM notification_endpoints ORDER BY name");
    const secrets: { id: string; secret: Buffer<ArrayBuffer>; url: Buffer<ArrayBuffer> | null }[] = [];
    for (const row of endpoints.rows) {
      try {
        const secret = reencrypt(row.secret, notificationSecretContext(row.id), oldKey, newKey);
        secrets.push({ id: row.id, secret, url: row.url_encrypted ? reencrypt(row.url_encrypted, notificationUrlContext(row.id), oldKey, newKey) : null });
      } catch (error) {
        unreadable.push({ cluster: `notification endpoint ${row.name}`, reason: describeFailure(error, row.secret, toKeyId) });
      }
    }
    if (unreadable.length > 0) throw new RotationRefusedError(unreadable);
    for (const update of updates) {
      await client.query("UPDATE clusters SET credentials = $2 WHERE id = $1", [update.id, update.credentials]);
    }
    for (const update of secrets) {
      await client.query("UPDATE notification_endpoints SET secret = $2, url_encrypted = COALESCE($3, url_encrypted) WHERE id = $1", [update.id, update.secret, update.url]);
    }
    await client.query("COMMIT");
    return { rotated: updates.length, rotatedEndpoints: secrets.length, fromKeyId, toKeyId };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

function describeFailure(error: unknown, stored: Buffer, toKeyId: string): string {
  if (!(error instanceof CredentialError)) throw error;
  if (error.reason !== "wrong_key") return error.message;
  const storedKeyId = credentialKeyId(stored);
  return storedKeyId === toKeyId
    ? `already encrypted with the new key (key id ${toKeyId})`
    : `encrypted with another key (key id ${storedKeyId})`;
}
