import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZCheckTextsQuery } from "@/lib/api/schemas/common";
import { ZScanDetail } from "@/lib/api/schemas/scans";
import { scanDetail } from "@/lib/db/queries/scans";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** One scan: status, phase and progress (poll it while it runs), timings, error, gaps (reasons in the reader's language), score, counts. */
export const GET = route({ access: "viewer", query: ZCheckTextsQuery }, async ({ request, params }) =>
  respond(ZScanDetail, await scanDetail(idParam(params, "id", "scan"), requestLocale(request))),
);
