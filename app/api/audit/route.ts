import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZAuditPage, ZAuditQuery } from "@/lib/api/schemas/audit";
import { auditPage } from "@/lib/db/audit";

export const dynamic = "force-dynamic";

/** The audit log, newest first, filtered by action, actor and period; cursor pagination. Admins only. */
export const GET = route({ access: "admin", query: ZAuditQuery }, async ({ query }) => respond(ZAuditPage, await auditPage(query)));
