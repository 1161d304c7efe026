// Generates the Prisma client into prisma/generated. The CLI insists on a native schema engine
// it cannot download offline, although `generate` never runs it: point it at any existing file.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnv } from "../lib/env";

const anyExistingFile = fileURLToPath(import.meta.url);
const result = spawnSync("node_modules/.bin/prisma", ["generate"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: childEnv({ PRISMA_SCHEMA_ENGINE_BINARY: anyExistingFile, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" }),
});
process.exit(result.status ?? 1);
