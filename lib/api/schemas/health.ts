import { z } from "zod";
import type { THealth } from "../../db/health";

/** GET /api/health (lib/db/health.ts THealth; the assertion below keeps the two in step). */
export const ZHealth = z.object({
  status: z.enum(["ok", "degraded", "down"]),
  database: z.object({ reachable: z.boolean(), latencyMs: z.number().optional(), error: z.string().optional() }),
  migrations: z.object({
    state: z.enum(["up_to_date", "pending", "not_initialised", "unknown", "failed"]),
    applied: z.number().int(),
    pending: z.array(z.string()),
    failed: z.array(z.string()),
    latest: z.string().optional(),
  }),
});

type TSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const healthMatches: TSame<THealth, z.infer<typeof ZHealth>> = true;
void healthMatches;
