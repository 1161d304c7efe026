import { defineConfig } from "vitest/config";
import { alias, exclude } from "./vitest.shared";

// Integration tests: real PostgreSQL in a fresh database that scripts/with-test-db.ts creates
// (and drops) for this run, real child processes, real sockets.
export default defineConfig({
  resolve: { alias },
  test: {
    include: ["{app,components,lib,scripts}/**/*.int.test.ts"],
    exclude,
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
