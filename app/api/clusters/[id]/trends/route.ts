import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZTrends, ZTrendsQuery } from "@/lib/api/schemas/scoring";
import { clusterTrends } from "@/lib/db/queries/trends";

export const dynamic = "force-dynamic";

/** Posture and per-quick-win compliance per good scan over a period (rescore=current: today's ratings). */
export const GET = route({ access: "viewer", query: ZTrendsQuery }, async ({ params, query }) =>
  respond(ZTrends, await clusterTrends(idParam(params, "id", "cluster"), query)),
);
