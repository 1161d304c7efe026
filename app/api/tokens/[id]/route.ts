import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZApiToken } from "@/lib/api/schemas/tokens";
import { audit } from "@/lib/audit/audit";
import { revokeApiToken } from "@/lib/db/api-tokens";

export const dynamic = "force-dynamic";

/** Revokes a token: its next call answers 401. Kept in the list, marked revoked. */
export const DELETE = route({ access: "admin" }, async ({ request, params, principal }) => {
  const { token, changed } = await revokeApiToken(idParam(params, "id", "token"));
  // Revoking a revoked token changes nothing and is not recorded again.
  if (changed) await audit(request, principal, "token.revoked", { kind: "token", id: token.id }, { name: token.name, scope: token.scope, prefix: token.prefix });
  return respond(ZApiToken, token);
});
