import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZOverview } from "@/lib/api/schemas/overview";
import { fleetOverview } from "@/lib/db/queries/overview";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** The fleet: every non-archived cluster with grade, posture, changes, sparkline and scans; totals. */
export const GET = route({ access: "viewer" }, async ({ request }) => respond(ZOverview, await fleetOverview(undefined, requestLocale(request))));
