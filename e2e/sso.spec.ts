// Single sign-on in Chromium: "Sign in with SSO" → a fake OpenID provider served by this spec
// over real HTTP (test/fake-oidc-provider.ts) → back to Ramparts, signed in with the role the
// user's IdP group maps to; a user in no mapped group is refused with a clear message. The
// spec starts its own web server (the same build, on the run's test database) with SSO
// configured, so the other servers stay as they are.
import { spawn, type ChildProcess } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { childEnv, env } from "../lib/env";
import { startFakeIdp, type TFakeIdp } from "../test/fake-oidc-provider";
import { E2E_AUTH_SECRET, E2E_ENCRYPTION_KEY, E2E_IDP_PORT, E2E_SSO_PORT } from "./fixtures/e2e-env";
import { saveScreenshot } from "./fixtures/screenshots";

const APP = `http://127.0.0.1:${E2E_SSO_PORT}`;
let idp: TFakeIdp;
let server: ChildProcess;
let output = "";

test.use({ storageState: { cookies: [], origins: [] }, baseURL: APP });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  idp = await startFakeIdp({
    port: E2E_IDP_PORT,
    users: {
      alice: { sub: "e2e-alice", email: "alice.sso@e2e.test", name: "Alice SSO", groups: ["everyone", "ramparts-editors"] },
      bob: { sub: "e2e-bob", email: "bob.sso@e2e.test", name: "Bob SSO", groups: ["everyone", "marketing"] },
    },
  });
  // Its own process group, so that afterAll stops next start and its children together.
  server = spawn("node_modules/.bin/next", ["start", "-p", String(E2E_SSO_PORT), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: childEnv({
      DATABASE_URL: env().DATABASE_URL,
      NODE_ENV: "production",
      RAMPARTS_AUTH_SECRET: E2E_AUTH_SECRET,
      RAMPARTS_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY,
      RAMPARTS_PUBLIC_URL: APP,
      RAMPARTS_OIDC_ISSUER: idp.issuer,
      RAMPARTS_OIDC_CLIENT_ID: idp.clientId,
      RAMPARTS_OIDC_CLIENT_SECRET: idp.clientSecret,
      RAMPARTS_OIDC_ADMIN_GROUPS: "ramparts-admins",
      RAMPARTS_OIDC_EDITOR_GROUPS: "ramparts-editors",
      RAMPARTS_OIDC_VIEWER_GROUPS: "ramparts-viewers",
    }),
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; ; attempt += 1) {
    const answer = await fetch(`${APP}/api/health`).catch(() => null);
    if (answer?.ok) break;
    if (attempt > 240) throw new Error(`the SSO web server did not start; its output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

/** Serious or critical axe violations of the page, in light and dark. */
async function seriousViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    for (const violation of results.violations) {
      if (["serious", "critical"].includes(violation.impact ?? "")) found.push(`${scheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    }
  }
  return found;
}

test.afterAll(async () => {
  if (server?.pid) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
  await idp?.close();
});

test("a user signs in through the OpenID provider and gets the role of their IdP group", async ({ page }) => {
  await page.goto("/sign-in?next=%2Fclusters");
  await saveScreenshot(page, "sso-sign-in");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Sign in with SSO" }).click();
  await expect(page.getByRole("heading", { name: "Fake IdP sign-in" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(idp.issuer);
  await page.getByRole("link", { name: "Continue as alice.sso@e2e.test" }).click();
  await page.waitForURL(`${APP}/clusters`);
  await expect(page.getByText("alice.sso@e2e.test")).toBeVisible();
  await expect(page.getByText("Role: editor")).toBeVisible();
  // An editor, not an admin: the admin's action is not offered.
  await expect(page.getByRole("link", { name: /^Add (a )?cluster$/ })).toHaveCount(0);
});

test("a user in no mapped group is refused with a clear message and stays signed out", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Sign in with SSO" }).click();
  await page.getByRole("link", { name: "Continue as bob.sso@e2e.test" }).click();
  await page.waitForURL(/\/sign-in\?.*error=sso_no_role/);
  await expect(page.getByRole("alert").filter({ hasText: "is in no group that Ramparts maps to a role" })).toBeVisible();
  await saveScreenshot(page, "sso-refused");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/clusters");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclusters$/);
});
