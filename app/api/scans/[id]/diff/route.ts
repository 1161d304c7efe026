import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZScanDiff, ZScanDiffQuery } from "@/lib/api/schemas/scans";
import { scanDiff } from "@/lib/db/queries/scans";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** New (kind=new) or resolved (kind=resolved) findings against the previous good scan, messages in the reader's language. */
export const GET = route({ access: "viewer", query: ZScanDiffQuery }, async ({ request, params, query }) =>
  respond(ZScanDiff, await scanDiff(idParam(params, "id", "scan"), query, requestLocale(request))),
);
