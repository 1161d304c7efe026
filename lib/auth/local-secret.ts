import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * A secret kept in `<dataDir>/<name>` (mode 0600), created once by `create` when absent, so that
 * a local start works without configuration and keeps what it chose before. Written aside then
 * hard-linked into place: link() fails when the file exists, so two starts at once agree.
 */
export async function loadOrCreateLocalSecret(dataDir: string, name: string, create: () => string): Promise<string> {
  const path = join(dataDir, name);
  await mkdir(dataDir, { recursive: true });
  const draft = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(draft, `${create()}\n`, { mode: 0o600, flag: "wx" });
    await link(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await rm(draft, { force: true });
  }
  return (await readFile(path, "utf8")).trim();
}

/** 32 random bytes as base64url: an auth secret, or a password nobody has to type twice. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
