// Read by the Prisma CLI only (generate, and migrate where its native engine can be had).
// DATABASE_URL may be empty here: `generate` needs no database. lib/env.ts is the runtime source.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
