import { parseBody } from "@/lib/api/body";
import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { requestLocale } from "@/lib/i18n/locale";
import { ZEndpointSaved } from "@/lib/api/schemas/notifications";
import { audit } from "@/lib/audit/audit";
import { deleteEndpoint, updateEndpoint } from "@/lib/db/notifications";
import { MAX_ENDPOINT_BODY_BYTES, ZEndpointUpdate } from "@/lib/notifications/input";
import { generateSecret } from "@/lib/notifications/signature";
import { endpointDetails, toEndpointJson } from "@/lib/notifications/views";

export const dynamic = "force-dynamic";

/** Changes any subset of an endpoint's settings; `generateSecret: true` returns the new secret this once. */
export const PATCH = route({ access: "admin" }, async ({ request, params, principal }) => {
  const id = idParam(params, "id", "endpoint");
  const { generateSecret: regenerate, ...input } = await parseBody(request, ZEndpointUpdate, { maxBytes: MAX_ENDPOINT_BODY_BYTES });
  const generated = regenerate ? generateSecret() : undefined;
  const endpoint = await updateEndpoint(id, { ...input, ...(generated ? { secret: generated } : {}) });
  // Which fields changed (the secret only as "secret"), never a value of the secret.
  const fields = [...Object.keys(input).filter((field) => field !== "secret"), ...(input.secret || generated ? ["secret"] : [])];
  await audit(request, principal, "notification.updated", { kind: "notification_endpoint", id }, { fields, ...endpointDetails(endpoint) });
  return respond(ZEndpointSaved, { endpoint: toEndpointJson(endpoint, requestLocale(request)), ...(generated ? { secret: generated } : {}) });
});

/** Deletes an endpoint and its delivery history. */
export const DELETE = route({ access: "admin" }, async ({ request, params, principal }) => {
  const removed = await deleteEndpoint(idParam(params, "id", "endpoint"));
  await audit(request, principal, "notification.deleted", { kind: "notification_endpoint", id: removed.id }, { name: removed.name });
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
