import { NextResponse } from "next/server";
import { idParam } from "@/lib/api/params";
import { route } from "@/lib/api/route";
import { testStoredCluster } from "@/lib/clusters/registration";

export const dynamic = "force-dynamic";

/** Tests the stored credentials now: reachability, version, permission table, over-privilege. */
export const POST = route({ access: "editor" }, async ({ params }) => {
  return NextResponse.json(await testStoredCluster(idParam(params, "id", "cluster")), { headers: { "cache-control": "no-store" } });
});
