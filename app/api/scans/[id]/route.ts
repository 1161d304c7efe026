import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZScanDetail } from "@/lib/api/schemas/scans";
import { scanDetail } from "@/lib/db/queries/scans";

export const dynamic = "force-dynamic";

/** One scan: status, phase and progress (poll it while it runs), timings, error, gaps, score, counts. */
export const GET = route({ access: "viewer" }, async ({ params }) => respond(ZScanDetail, await scanDetail(idParam(params, "id", "scan"))));
