import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { requestLocale } from "@/lib/i18n/locale";
import { ZTestDelivery } from "@/lib/api/schemas/notifications";
import { audit } from "@/lib/audit/audit";
import { sendTestDelivery } from "@/lib/notifications/send";
import { toDeliveryJson } from "@/lib/notifications/views";

export const dynamic = "force-dynamic";

/** "Send test": one signed `test` delivery now (no retry); the answer says what the receiver replied. */
export const POST = route({ access: "admin" }, async ({ request, params, principal }) => {
  const id = idParam(params, "id", "endpoint");
  const delivery = await sendTestDelivery(id);
  await audit(request, principal, "notification.tested", { kind: "notification_endpoint", id }, { status: delivery.status, responseCode: delivery.responseCode });
  return respond(ZTestDelivery, { delivery: toDeliveryJson(delivery, requestLocale(request)) });
});
