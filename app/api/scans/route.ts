import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZScanList, ZScanListQuery } from "@/lib/api/schemas/scans";
import { listScans } from "@/lib/db/queries/scans";

export const dynamic = "force-dynamic";

/** Scans, newest first, optionally of one cluster and one status; cursor pagination. */
export const GET = route({ access: "viewer", query: ZScanListQuery }, async ({ query }) => respond(ZScanList, await listScans(query)));
