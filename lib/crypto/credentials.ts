// Cluster credentials at rest: AES-256-GCM (node:crypto) under RAMPARTS_ENCRYPTION_KEY.
//
// Stored format, one self-describing Buffer (bytea):
//   [version 1 B][key id 8 B][IV 12 B][tag 16 B][ciphertext]
// The key id (first 8 bytes of SHA-256 of the key) lets a wrong key be named before any
// decryption is tried. The authenticated data is version + key id + the caller's context
// ("cluster:<id>"), so a ciphertext copied onto another row, or relabelled, fails to decrypt.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { env } from "../env";
import { AppError } from "../errors";
import { decodeEncryptionKey, ENCRYPTION_KEY_BYTES, ENCRYPTION_KEY_HELP } from "./keys";

export const CREDENTIAL_FORMAT_VERSION = 1;
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;

export type TCredentialErrorReason = "no_key" | "wrong_key" | "tampered" | "malformed" | "unsupported_version";

/** Credentials that cannot be encrypted or read. The message never holds key or plaintext. */
export class CredentialError extends AppError {
  constructor(
    readonly reason: TCredentialErrorReason,
    message: string,
  ) {
    super("internal", "credentialProblem", { detail: message });
    this.name = "CredentialError";
  }
}

/** The AAD context of a cluster's credentials; the registration and the rotation use the same. */
export function clusterCredentialContext(clusterId: string): string {
  return `cluster:${clusterId}`;
}

/** The AAD context of a notification endpoint's HMAC secret (lib/db/notifications.ts, rotation). */
export function notificationSecretContext(endpointId: string): string {
  return `notification:${endpointId}`;
}

/** The AAD context of a notification endpoint's URL: its own, so the URL and the secret cannot be swapped. */
export function notificationUrlContext(endpointId: string): string {
  return `notification:${endpointId}:url`;
}

/** Hex of the first 8 bytes of SHA-256(key): identifies a key without revealing it. */
export function encryptionKeyId(key: Buffer): string {
  return keyIdBytes(key).toString("hex");
}

/** The key id a stored ciphertext was made with (for rotation reports and diagnostics). */
export function credentialKeyId(data: Uint8Array): string {
  return split(asBuffer(data)).keyId.toString("hex");
}

/** RAMPARTS_ENCRYPTION_KEY, decoded; a clear error when it is not set. */
export function activeEncryptionKey(): Buffer {
  const text = env().RAMPARTS_ENCRYPTION_KEY;
  if (!text) {
    throw new CredentialError(
      "no_key",
      `RAMPARTS_ENCRYPTION_KEY is not set, so cluster credentials can be neither stored nor read: ${ENCRYPTION_KEY_HELP} and keep it safe.`,
    );
  }
  return decodeEncryptionKey(text);
}

export function encryptCredential(plaintext: string | Buffer, context: string, key: Buffer = activeEncryptionKey()): Buffer<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const prefix = Buffer.concat([Buffer.from([CREDENTIAL_FORMAT_VERSION]), keyIdBytes(key)]);
  const cipher = createCipheriv("aes-256-gcm", checkedKey(key), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad(prefix, context));
  const body = Buffer.concat([cipher.update(typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : plaintext), cipher.final()]);
  return Buffer.concat([prefix, iv, cipher.getAuthTag(), body]);
}

export function decryptCredential(data: Uint8Array, context: string, key: Buffer = activeEncryptionKey()): string {
  return decryptToBuffer(data, context, key).toString("utf8");
}

/** Key rotation: decrypts under `oldKey`, encrypts again under `newKey` with a fresh IV. */
export function reencrypt(data: Uint8Array, context: string, oldKey: Buffer, newKey: Buffer): Buffer<ArrayBuffer> {
  return encryptCredential(decryptToBuffer(data, context, oldKey), context, newKey);
}

function decryptToBuffer(data: Uint8Array, context: string, key: Buffer): Buffer {
  const parts = split(asBuffer(data));
  const expected = keyIdBytes(key);
  if (!parts.keyId.equals(expected)) {
    throw new CredentialError(
      "wrong_key",
      `The credentials were encrypted with another key (key id ${parts.keyId.toString("hex")}; the configured key is ${expected.toString("hex")}). ` +
        "Set RAMPARTS_ENCRYPTION_KEY to the key in use, or rotate with `npm run keys:rotate -- --from OLD --to NEW`.",
    );
  }
  const decipher = createDecipheriv("aes-256-gcm", checkedKey(key), parts.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad(parts.prefix, context));
  decipher.setAuthTag(parts.tag);
  try {
    return Buffer.concat([decipher.update(parts.body), decipher.final()]);
  } catch {
    // GCM reports every mismatch the same way; with the key id checked above, what is left is a
    // modified ciphertext or one that belongs to another record.
    throw new CredentialError(
      "tampered",
      `The stored credentials failed their integrity check (${context}): they were altered, or copied from another record. Register the credentials again.`,
    );
  }
}

function split(data: Buffer) {
  if (data.length < HEADER_BYTES) {
    throw new CredentialError("malformed", `The stored credentials are not in Ramparts' format (${data.length} bytes, too short).`);
  }
  const version = data[0];
  if (version !== CREDENTIAL_FORMAT_VERSION) {
    throw new CredentialError(
      "unsupported_version",
      `The stored credentials use format version ${version}; this Ramparts reads version ${CREDENTIAL_FORMAT_VERSION}.`,
    );
  }
  let at = 1;
  const take = (length: number) => data.subarray(at, (at += length));
  const keyId = take(KEY_ID_BYTES);
  return { prefix: data.subarray(0, 1 + KEY_ID_BYTES), keyId, iv: take(IV_BYTES), tag: take(TAG_BYTES), body: data.subarray(at) };
}

function aad(prefix: Buffer, context: string): Buffer {
  if (context.length === 0) throw new TypeError("A credential context (e.g. cluster:<id>) is required.");
  return Buffer.concat([prefix, Buffer.from(context, "utf8")]);
}

function keyIdBytes(key: Buffer): Buffer {
  return createHash("sha256").update(checkedKey(key)).digest().subarray(0, KEY_ID_BYTES);
}

function checkedKey(key: Buffer): Buffer {
  if (key.length !== ENCRYPTION_KEY_BYTES) {
    throw new CredentialError("no_key", `An encryption key must be ${ENCRYPTION_KEY_BYTES} bytes, not ${key.length}.`);
  }
  return key;
}

function asBuffer(data: Uint8Array): Buffer {
  // Prisma returns Uint8Array, pg returns Buffer.
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Demo only: the key in `<dataDir>/encryption.key`, created once (mode 0600) when absent, so that
 * `npm run demo` works without configuration and keeps reading what it stored before.
 */
export async function loadOrCreateDemoKey(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, "encryption.key");
  await mkdir(dataDir, { recursive: true });
  // Written aside then hard-linked into place: link() fails when the file exists, so two demos
  // starting at once agree on one key, and no reader ever sees a half-written file.
  const draft = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(draft, `${randomBytes(ENCRYPTION_KEY_BYTES).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    await link(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await rm(draft, { force: true });
  }
  return decodeEncryptionKey(await readFile(path, "utf8"), path);
}
