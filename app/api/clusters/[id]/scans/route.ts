import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/audit";
import { ZTriggerScanResponse } from "@/lib/api/schemas/scans";
import { requireCluster } from "@/lib/db/queries/clusters";
import { AppError } from "@/lib/errors";
import { enqueueScan } from "@/lib/scans/queue";
import { queueClient } from "@/lib/scans/queue-client";

export const dynamic = "force-dynamic";

/** "Scan now": enqueues a scan at once, or joins the one already queued or running (202). */
export const POST = route({ access: "editor", token: "scan" }, async ({ request, params, principal }) => {
  const cluster = await requireCluster(idParam(params, "id", "cluster"));
  if (cluster.archived) throw new AppError("conflict", "clusterArchivedScan");
  const result = await enqueueScan(await queueClient(), cluster.id);
  await audit(request, principal, "scan.requested", { kind: "cluster", id: cluster.id }, { name: cluster.name, scanId: result.scanId, joined: result.joined });
  return respond(ZTriggerScanResponse, result, 202);
});
