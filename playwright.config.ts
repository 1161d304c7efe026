import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";

// End-to-end tests drive the production build (`next build` runs first in `npm run test:e2e`)
// in a real Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// browsers where a user installed them.
const { CHROMIUM_PATH, CI, DATABASE_URL } = env();
const executablePath = CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const E2E_PORT = 3100;
export const E2E_DOWN_PORT = 3101;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1366, height: 900 },
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // The app on the run's own test database (scripts/with-test-db.ts provides DATABASE_URL).
      command: `node_modules/.bin/next start -p ${E2E_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_PORT}/api/health`,
      reuseExistingServer: false,
      // A fixed, test-only key ("ramparts-e2e-test-only-key-32byt"): the e2e specs register clusters.
      env: { DATABASE_URL: DATABASE_URL ?? "", NODE_ENV: "production", RAMPARTS_ENCRYPTION_KEY: "cmFtcGFydHMtZTJlLXRlc3Qtb25seS1rZXktMzJieXQ=" },
      timeout: 60_000,
    },
    {
      // The same build pointed at a database server that is not running: the error state.
      command: `node_modules/.bin/next start -p ${E2E_DOWN_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_DOWN_PORT}/settings`,
      reuseExistingServer: false,
      env: { DATABASE_URL: "postgresql://ramparts:not-a-real-password@127.0.0.1:9/ramparts", NODE_ENV: "production" },
      timeout: 60_000,
    },
  ],
});
