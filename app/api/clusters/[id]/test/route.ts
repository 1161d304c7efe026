import { NextResponse } from "next/server";
import { idParam } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { testStoredCluster } from "@/lib/clusters/registration";
import { requestLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** Tests the stored credentials now: reachability, version, permission table, over-privilege. */
export const POST = route({ access: "editor" }, async ({ request, params }) => {
  return NextResponse.json(await testStoredCluster(idParam(params, "id", "cluster"), requestLocale(request)), { headers: { "cache-control": "no-store" } });
});
