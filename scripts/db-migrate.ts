// npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from "../lib/db/migrations";
import { withDatabase } from "./database";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database schema is up to date.");
});
