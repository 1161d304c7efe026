// Global setup of playwright.dev.config.ts (specs against a running `npm run demo:dev`): signs in
// as the demo admin, whose password the demo keeps in RAMPARTS_DATA_DIR/demo-admin.password, and
// saves the signed-in state the projects use by default.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { env } from "../lib/env";
import { E2E_STORAGE_STATE } from "./fixtures/e2e-env";
import { saveSignedInState } from "./fixtures/users";

/** lib/demo/demo-admin.ts (a server-only module this process cannot load) creates this account. */
const DEMO_ADMIN_EMAIL = "admin@demo.local";
export const DEV_BASE_URL = "http://localhost:3000";

export default async function devSetup(): Promise<void> {
  const password = (await readFile(join(env().RAMPARTS_DATA_DIR, "demo-admin.password"), "utf8")).trim();
  for (const path of Object.values(E2E_STORAGE_STATE)) await saveSignedInState(path, DEV_BASE_URL, DEMO_ADMIN_EMAIL, password);
}
