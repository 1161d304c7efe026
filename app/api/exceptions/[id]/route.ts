import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/audit";
import { ZException } from "@/lib/api/schemas/exceptions";
import { revokeException } from "@/lib/db/exceptions";
import { exceptionJson } from "@/lib/db/queries/exceptions";

export const dynamic = "force-dynamic";

/** Revokes an exception: its findings count as open again at once (kept in the history). */
export const DELETE = route({ access: "editor" }, async ({ request, params, principal }) => {
  const now = new Date();
  const revoked = await revokeException(idParam(params, "id", "exception"), principal.label, now);
  // Revoking a revoked exception changes nothing and is not recorded again.
  if (revoked.revokedAt?.getTime() === now.getTime()) await audit(request, principal, "exception.revoked", { kind: "exception", id: revoked.id }, { clusterId: revoked.clusterId, checkId: revoked.checkId });
  return respond(ZException, exceptionJson(revoked));
});
