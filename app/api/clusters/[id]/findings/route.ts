import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZFindingPage, ZFindingsQuery } from "@/lib/api/schemas/findings";
import { listFindings } from "@/lib/db/queries/findings";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** Findings of the cluster's current scan, filtered, most severe first, with their status now and their messages in the reader's language. */
export const GET = route({ access: "viewer", query: ZFindingsQuery }, async ({ request, params, query }) =>
  respond(ZFindingPage, await listFindings(idParam(params, "id", "cluster"), query, requestLocale(request))),
);
