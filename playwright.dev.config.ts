import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// For working on the UI: the same browser settings, against an already running `npm run demo:dev`
// (http://127.0.0.1:3000), without starting servers.
export default defineConfig({
  ...base,
  webServer: undefined,
  use: { ...base.use, baseURL: "http://127.0.0.1:3000" },
});
