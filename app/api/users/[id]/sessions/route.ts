import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZSignedOut } from "@/lib/api/schemas/users";
import { audit } from "@/lib/audit/audit";
import { endSessions } from "@/lib/db/user-management";

export const dynamic = "force-dynamic";

/** Signs a user out of every browser. */
export const DELETE = route({ access: "admin" }, async ({ request, params, principal }) => {
  const { user, ended } = await endSessions(idParam(params, "id", "user"));
  await audit(request, principal, "user.signed_out", { kind: "user", id: user.id }, { email: user.email, sessionsEnded: ended });
  return respond(ZSignedOut, { sessionsEnded: ended });
});
