// The signature receivers check: HMAC-SHA256 of the raw body under the endpoint's secret, hex.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_PREFIX = "sha256=";

export function signBody(body: string, secret: string): string {
  return SIGNATURE_PREFIX + createHmac("sha256", secret).update(body, "utf8").digest("hex");
}

/** What a receiver does (and our tests): constant-time comparison of the header with our own HMAC. */
export function verifySignature(body: string, secret: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A new secret for an endpoint: 32 random bytes, base64url (43 characters). */
export function generateSecret(): string {
  return randomBytes(32).toString("base64url");
}
