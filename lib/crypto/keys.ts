// Decoding RAMPARTS_ENCRYPTION_KEY. Kept free of node:crypto and the file system because
// lib/env.ts validates the variable with it at start-up.

export const ENCRYPTION_KEY_BYTES = 32;
export const ENCRYPTION_KEY_HELP = "generate one with `openssl rand -base64 32`";

// Strict standard base64: Buffer.from(text, "base64") silently skips bad characters, which would
// turn a mistyped key into a different, valid-looking one.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Why `text` is not a usable key, or undefined when it is. Never quotes the key. */
export function encryptionKeyProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (!BASE64.test(trimmed)) return `must be base64 (${ENCRYPTION_KEY_HELP})`;
  const bytes = Buffer.from(trimmed, "base64").length;
  if (bytes !== ENCRYPTION_KEY_BYTES) {
    return `must decode to exactly ${ENCRYPTION_KEY_BYTES} bytes, not ${bytes} (${ENCRYPTION_KEY_HELP})`;
  }
  return undefined;
}

/** The 32 key bytes; throws naming `label` (an env variable or CLI flag) when invalid. */
export function decodeEncryptionKey(text: string, label = "RAMPARTS_ENCRYPTION_KEY"): Buffer {
  const problem = encryptionKeyProblem(text);
  if (problem) throw new Error(`${label} ${problem}`);
  return Buffer.from(text.trim(), "base64");
}
