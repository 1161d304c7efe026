import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZFindingDetail } from "@/lib/api/schemas/findings";
import { findingDetail } from "@/lib/db/queries/findings";

export const dynamic = "force-dynamic";

/** One finding, its check, and the history of its fingerprint across the cluster's scans. */
export const GET = route({ access: "viewer" }, async ({ params }) => respond(ZFindingDetail, await findingDetail(idParam(params, "id", "finding"))));
