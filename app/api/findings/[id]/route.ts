import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZCheckTextsQuery } from "@/lib/api/schemas/common";
import { ZFindingDetail } from "@/lib/api/schemas/findings";
import { findingDetail } from "@/lib/db/queries/findings";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/**
 * One finding, its check, and the history of its fingerprint across the cluster's scans. The check's
 * title and why and the remediation's notes and steps are in the reader's language (?lang=, else
 * the locale cookie, else Accept-Language).
 */
export const GET = route({ access: "viewer", query: ZCheckTextsQuery }, async ({ request, params }) =>
  respond(ZFindingDetail, await findingDetail(idParam(params, "id", "finding"), requestLocale(request))),
);
