import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";
import type { TSeedOptions } from "./e2e/fixtures/database";
import {
  E2E_AUTH_SECRET, E2E_DOWN_PORT, E2E_ENCRYPTION_KEY, E2E_ORGANISATION, E2E_FIXTURE_CLUSTERS, E2E_OWN_DATA_PORT, E2E_PORT, E2E_STORAGE_STATE, OWN_DATA_SPECS, ownDataDatabaseUrl,
} from "./e2e/fixtures/e2e-env";

// End-to-end tests drive the production build (`next build` runs first in `npm run test:e2e`)
// in a real Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// browsers where a user installed them.
const { CHROMIUM_PATH, CI, DATABASE_URL } = env();
const executablePath = CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const OWN_DATA_DATABASE_URL = ownDataDatabaseUrl(DATABASE_URL);

export { E2E_DOWN_PORT, E2E_PORT };

const chromium = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1366, height: 900 },
  launchOptions: {
    executablePath,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  },
};

export default defineConfig<TSeedOptions>({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: CI,
  retries: 0,
  reporter: [["list"]],
  // Safety nets against hangs, not speed targets (those live in bench/): a run hosts three web
  // servers, a scan worker and Chromium, and must pass on a busy two-core machine (the longest
  // spec, registering a cluster with two accessibility audits, took 70–80 s at a load of 18).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Starts the demo (clusters, history, fake API servers) and a scan worker on the run's test
  // database, and creates the own-data database (see e2e/global-setup.ts). Runs after the web servers.
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      // The demo's data and a worker, on E2E_PORT: every spec but those below. `seed.reset()`
      // removes clusters but keeps the demo's and the e2e fixture ones.
      name: "chromium",
      testIgnore: OWN_DATA_SPECS,
      // Signed in as the e2e admin (e2e/global-setup.ts); a spec wanting another user or none
      // overrides storageState itself.
      use: { ...chromium, seedKeeps: E2E_FIXTURE_CLUSTERS, storageState: E2E_STORAGE_STATE.main },
    },
    {
      // Specs that seed their own data on a database without the demo (empty state, registering
      // acme-prod through the form): the own-data web server, `seed.reset()` truncates.
      name: "own-data",
      testMatch: OWN_DATA_SPECS,
      use: { ...chromium, baseURL: `http://127.0.0.1:${E2E_OWN_DATA_PORT}`, seedDatabaseUrl: OWN_DATA_DATABASE_URL, seedKeeps: [], storageState: E2E_STORAGE_STATE.ownData },
    },
  ],
  webServer: [
    {
      // The app on the run's own test database (scripts/with-test-db.ts provides DATABASE_URL),
      // where the global setup puts the demo and runs a worker.
      command: `node_modules/.bin/next start -p ${E2E_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_PORT}/api/health`,
      reuseExistingServer: false,
      // A fixed, test-only key: the e2e specs register clusters and the worker decrypts them.
      env: { DATABASE_URL: DATABASE_URL ?? "", NODE_ENV: "production", RAMPARTS_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY, RAMPARTS_AUTH_SECRET: E2E_AUTH_SECRET, RAMPARTS_ORGANISATION: E2E_ORGANISATION },
      timeout: 60_000,
    },
    {
      // The same build pointed at a database server that is not running: the error state.
      command: `node_modules/.bin/next start -p ${E2E_DOWN_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_DOWN_PORT}/settings`,
      reuseExistingServer: false,
      env: { DATABASE_URL: "postgresql://ramparts:not-a-real-password@127.0.0.1:9/ramparts", NODE_ENV: "production", RAMPARTS_AUTH_SECRET: E2E_AUTH_SECRET },
      timeout: 60_000,
    },
    {
      // The same build on the own-data database, which the global setup creates after the servers
      // start: ready as soon as it answers a route that does not touch the database.
      command: `node_modules/.bin/next start -p ${E2E_OWN_DATA_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${E2E_OWN_DATA_PORT}/api/openapi.json`,
      reuseExistingServer: false,
      env: { DATABASE_URL: OWN_DATA_DATABASE_URL, NODE_ENV: "production", RAMPARTS_ENCRYPTION_KEY: E2E_ENCRYPTION_KEY, RAMPARTS_AUTH_SECRET: E2E_AUTH_SECRET },
      timeout: 60_000,
    },
  ],
});
