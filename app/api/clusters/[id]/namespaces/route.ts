import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZNamespaces } from "@/lib/api/schemas/scoring";
import { clusterNamespaces } from "@/lib/db/queries/matrix";

export const dynamic = "force-dynamic";

/** Per namespace × quick win compliance and open findings of the current scan. */
export const GET = route({ access: "viewer" }, async ({ params }) => respond(ZNamespaces, await clusterNamespaces(idParam(params, "id", "cluster"))));
