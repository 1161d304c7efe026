// Reads the committed migrations on disk (no engine, no database): used by the health check
// and by the migration runner.
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

export const PRISMA_DIR = join(process.cwd(), "prisma");
export const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

/** Migration folder names in prisma/migrations, oldest first. */
export async function listMigrationNames(): Promise<string[]> {
  const dir = join(process.cwd(), "prisma", "migrations");
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
