import "server-only";
import { loadOrCreateLocalSecret, randomSecret } from "../auth/local-secret";
import { passwordMatches, saveUser } from "../db/users";

export const DEMO_ADMIN_EMAIL = "admin@demo.local";
const PASSWORD_FILE = "demo-admin.password";

/**
 * The demo's admin account: a random password chosen at the first start and kept in
 * RAMPARTS_DATA_DIR/demo-admin.password (0600) so it stays the same across restarts; the
 * database holds only its argon2id hash. Returns the credentials for the launcher to print.
 */
export async function ensureDemoAdmin(dataDir: string): Promise<{ email: string; password: string }> {
  const password = await loadOrCreateLocalSecret(dataDir, PASSWORD_FILE, () => randomSecret(12));
  if (!(await passwordMatches(DEMO_ADMIN_EMAIL, password))) {
    await saveUser({ email: DEMO_ADMIN_EMAIL, role: "admin", password, name: "Demo admin" });
  }
  return { email: DEMO_ADMIN_EMAIL, password };
}
