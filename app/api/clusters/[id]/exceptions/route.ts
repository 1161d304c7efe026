import { z } from "zod";
import { parseBody } from "@/lib/api/body";
import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/audit";
import { ZException, ZExceptionCreateBody, ZExceptionList, ZExceptionListQuery } from "@/lib/api/schemas/exceptions";
import { createException } from "@/lib/db/exceptions";
import { requireCluster } from "@/lib/db/queries/clusters";
import { exceptionJson, listClusterExceptions } from "@/lib/db/queries/exceptions";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** The cluster's exceptions (risk acceptances), soonest expiry first. */
export const GET = route({ access: "viewer", query: ZExceptionListQuery }, async ({ params, query }) =>
  respond(ZExceptionList, { items: await listClusterExceptions(idParam(params, "id", "cluster"), query.state) }),
);

/** Accepts a risk: applies at once to the findings it covers, and at every scan until it expires. */
export const POST = route({ access: "editor" }, async ({ request, params, principal }) => {
  // The body first: an oversized or malformed one is refused before any database work.
  const body = await parseBody(request, ZExceptionCreateBody, { maxBytes: 16 * 1024 });
  const cluster = await requireCluster(idParam(params, "id", "cluster"));
  try {
    const created = await createException({ ...body, clusterId: cluster.id }, principal.label);
    await audit(request, principal, "exception.created", { kind: "exception", id: created.id }, {
      clusterId: cluster.id, checkId: created.checkId, scope: created.scope, reason: created.reason, expiresAt: created.expiresAt,
    });
    return respond(ZException, exceptionJson(created), 201);
  } catch (error) {
    // Scope rules (which fields each scope needs) live in ZExceptionInput; answer them as 400.
    if (error instanceof z.ZodError) throw new AppError("validation_failed", "exceptionInvalid", {}, z.flattenError(error));
    throw error;
  }
});
