import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZMatrix, ZMatrixQuery } from "@/lib/api/schemas/scoring";
import { clusterMatrix } from "@/lib/db/queries/matrix";

export const dynamic = "force-dynamic";

/** The nine quick wins placed on the matrix with their compliance, and the priority list. */
export const GET = route({ access: "viewer", query: ZMatrixQuery }, async ({ params, query }) =>
  respond(ZMatrix, await clusterMatrix(idParam(params, "id", "cluster"), query.ratings)),
);
