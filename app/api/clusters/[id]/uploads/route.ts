import { parseBody } from "@/lib/api/body";
import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZManifestUploadBody, ZScanDetail } from "@/lib/api/schemas/scans";
import { audit } from "@/lib/audit/audit";
import { MAX_REGISTRATION_BODY_BYTES } from "@/lib/clusters/limits";
import { scanDetail } from "@/lib/db/queries/scans";
import { requestLocale } from "@/lib/i18n/locale";
import { scanUploadedBundle } from "@/lib/scans/upload";

export const dynamic = "force-dynamic";

/**
 * Uploads manifests to a "manifests" cluster (CI: `ramparts scan … --upload`) and scans them at
 * once: 201 with the scan as GET /api/scans/{id} shows it, once it has ended.
 */
export const POST = route({ access: "editor", token: "scan" }, async ({ request, params, principal }) => {
  const clusterId = idParam(params, "id", "cluster");
  const body = await parseBody(request, ZManifestUploadBody, { maxBytes: MAX_REGISTRATION_BODY_BYTES });
  const scanId = await scanUploadedBundle(clusterId, body.manifests);
  const scan = await scanDetail(scanId, requestLocale(request));
  await audit(request, principal, "scan.uploaded", { kind: "cluster", id: clusterId }, { scanId, status: scan.status, bytes: Buffer.byteLength(body.manifests) });
  return respond(ZScanDetail, scan, 201);
});
