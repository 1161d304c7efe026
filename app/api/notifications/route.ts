import { parseBody } from "@/lib/api/body";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { requestLocale } from "@/lib/i18n/locale";
import { ZEndpointList, ZEndpointSaved } from "@/lib/api/schemas/notifications";
import { audit } from "@/lib/audit/audit";
import { createEndpoint, listEndpoints } from "@/lib/db/notifications";
import { MAX_ENDPOINT_BODY_BYTES, ZEndpointCreate } from "@/lib/notifications/input";
import { endpointDetails, toEndpointJson } from "@/lib/notifications/views";
import { generateSecret } from "@/lib/notifications/signature";

export const dynamic = "force-dynamic";

/** Every webhook endpoint with its latest deliveries (never a secret). */
export const GET = route({ access: "admin" }, async ({ request }) => {
  const endpoints = await listEndpoints();
  return respond(ZEndpointList, { endpoints: endpoints.map((endpoint) => toEndpointJson(endpoint, requestLocale(request))) });
});

/** Adds an endpoint; without a secret one is generated and returned this once. */
export const POST = route({ access: "admin" }, async ({ request, principal }) => {
  const input = await parseBody(request, ZEndpointCreate, { maxBytes: MAX_ENDPOINT_BODY_BYTES });
  const generated = input.secret ? undefined : generateSecret();
  const endpoint = await createEndpoint({ ...input, secret: input.secret ?? generated! });
  await audit(request, principal, "notification.created", { kind: "notification_endpoint", id: endpoint.id }, endpointDetails(endpoint));
  return respond(ZEndpointSaved, { endpoint: toEndpointJson(endpoint, requestLocale(request)), ...(generated ? { secret: generated } : {}) }, 201);
});
