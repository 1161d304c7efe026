import { NextResponse } from "next/server";
import { route } from "@/lib/api/route";
import { db } from "@/lib/db/client";
import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Database reachability and migration state. 200 when usable, 503 when the database is down. */
export const GET = route({ access: "public" }, async () => {
  const health = await checkHealth(db);
  return NextResponse.json(health, {
    status: health.database.reachable ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});
