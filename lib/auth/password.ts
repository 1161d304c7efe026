// Password hashing: argon2id with OWASP's recommended cost (19 MiB, 2 passes, 1 lane), through
// @node-rs/argon2's prebuilt binaries. The PHC string records the parameters, so raising them
// later still verifies old hashes.
import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id; the package declares its enum as an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for anything that is not an argon2 hash (never throws). */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password has at most ${MAX_PASSWORD_LENGTH} characters.`;
  return undefined;
}
