import { route } from "@/lib/api/route";
import { fleetMetrics } from "@/lib/db/queries/metrics";
import { METRICS_CONTENT_TYPE, renderMetrics } from "@/lib/metrics/prometheus";

export const dynamic = "force-dynamic";

/**
 * Prometheus metrics, computed from the database at each scrape: for a scraper with a read-scope
 * API token (Authorization: Bearer rmp_…), or a signed-in admin.
 */
export const GET = route({ access: "admin", token: "read" }, async () =>
  new Response(await renderMetrics(await fleetMetrics()), { headers: { "content-type": METRICS_CONTENT_TYPE, "cache-control": "no-store" } }),
);
