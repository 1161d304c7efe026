import { parseBody } from "@/lib/api/body";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZApiTokenCreateBody, ZApiTokenCreated, ZApiTokenList } from "@/lib/api/schemas/tokens";
import { audit } from "@/lib/audit/audit";
import { createApiToken, listApiTokens } from "@/lib/db/api-tokens";

export const dynamic = "force-dynamic";

/** Every API token, revoked ones included; never a secret. */
export const GET = route({ access: "admin" }, async () => respond(ZApiTokenList, { items: await listApiTokens() }));

/** Creates a token: the only answer that ever holds its secret. */
export const POST = route({ access: "admin" }, async ({ request, principal }) => {
  const body = await parseBody(request, ZApiTokenCreateBody, { maxBytes: 4 * 1024 });
  const created = await createApiToken({ ...body, createdById: principal.id, createdBy: principal.label });
  await audit(request, principal, "token.created", { kind: "token", id: created.token.id }, { name: created.token.name, scope: created.token.scope, prefix: created.token.prefix });
  return respond(ZApiTokenCreated, created, 201);
});
