import { defineConfig } from "vitest/config";
import { alias, exclude } from "./vitest.shared";

// Unit tests: pure and fast, beside their source (x.ts + x.test.ts). No database.
export default defineConfig({
  resolve: { alias },
  test: {
    include: ["{app,components,lib,scripts,bench}/**/*.test.{ts,tsx}"],
    exclude: [...exclude, "**/*.int.test.ts"],
    environment: "node",
  },
});
