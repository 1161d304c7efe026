// The benchmark fleet of the api, pages and report benchmarks: a second ratings version (so the
// sparklines and trends re-score older scans), then bench/api-seed.ts's 50 clusters × 365 daily
// scans. Returns the open script-only pg connection (the caller reads ids with it and ends it).
import pg from "pg";
import { currentRatings, saveRatings } from "../lib/db/ratings";
import { env } from "../lib/env";
import { seedApiBench } from "./api-seed";

export async function seedBenchFleet(): Promise<{ client: pg.Client; seedMs: number }> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  const older = await currentRatings();
  const ratings = await saveRatings({ ...older.ratings, QW8: { complexity: 2, gain: 5 } }, "bench", "NetworkPolicies are cheaper here");
  const start = performance.now();
  await seedApiBench(client, { older: older.id, current: ratings.id });
  return { client, seedMs: Math.round(performance.now() - start) };
}
