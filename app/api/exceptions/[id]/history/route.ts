import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZExceptionHistory } from "@/lib/api/schemas/exceptions";
import { exceptionHistoryJson } from "@/lib/db/queries/exceptions";

export const dynamic = "force-dynamic";

/** Every event of an exception (created, revoked, …), oldest first. */
export const GET = route({ access: "viewer" }, async ({ params }) => respond(ZExceptionHistory, await exceptionHistoryJson(idParam(params, "id", "exception"))));
