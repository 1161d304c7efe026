import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// For working on the UI: the same browser settings, against an already running `npm run demo:dev`
// (http://localhost:3000: next dev accepts its reload socket from that origin), without starting servers.
export default defineConfig({
  ...base,
  webServer: undefined,
  // The demo server already holds the demo data: no e2e demo set-up, only signing in as its admin.
  globalSetup: "./e2e/dev-setup.ts",
  use: { ...base.use, baseURL: "http://localhost:3000" },
});
