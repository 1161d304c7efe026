import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZCheckTextsQuery, ZQuickWinId } from "@/lib/api/schemas/common";
import { ZQuickWinChecks } from "@/lib/api/schemas/quick-wins";
import { quickWinChecks } from "@/lib/db/queries/quick-wins";
import { requestLocale } from "@/lib/i18n/locale";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** A quick win's checks with their pass / fail / waived / not-assessable counts in the current scan; titles in the reader's language (?lang=, Accept-Language). */
export const GET = route({ access: "viewer", query: ZCheckTextsQuery }, async ({ request, params }) => {
  const clusterId = idParam(params, "id", "cluster");
  const quickWin = ZQuickWinId.safeParse(params.quickWin);
  if (!quickWin.success) throw new AppError("not_found", "quickWinNotFound");
  return respond(ZQuickWinChecks, await quickWinChecks(clusterId, quickWin.data, requestLocale(request)));
});
