// Endpoints and deliveries as the API answers them (typed by lib/api/schemas/notifications.ts),
// and what the audit log keeps of an endpoint (no secret, no URL path: Slack puts its token there).
import type { z } from "zod";
import type { ZDelivery, ZEndpoint } from "../api/schemas/notifications";
import type { TDeliveryView, TEndpointView } from "../db/notifications";
import { isText } from "../checks/text";
import { checkTexts } from "../i18n/check-texts";
import { DEFAULT_LOCALE, type TLocale } from "../i18n/locale";
import type { TNotificationEvent } from "./events";

/** `locale`: the reader's language, for the last error (older deliveries keep their English words). */
export function toDeliveryJson(delivery: TDeliveryView, locale: TLocale = DEFAULT_LOCALE): z.infer<typeof ZDelivery> {
  const { lastErrorText, ...rest } = delivery;
  const lastError = isText(lastErrorText) ? checkTexts(locale).say(lastErrorText) : delivery.lastError;
  return { ...rest, lastError, event: delivery.event as z.infer<typeof ZDelivery>["event"] };
}

export function toEndpointJson(endpoint: TEndpointView, locale: TLocale = DEFAULT_LOCALE): z.infer<typeof ZEndpoint> {
  return {
    ...endpoint,
    events: endpoint.events as TNotificationEvent[],
    language: endpoint.language === "fr" ? "fr" : "en",
    deliveries: endpoint.deliveries.map((delivery) => toDeliveryJson(delivery, locale)),
  };
}

export function endpointDetails(endpoint: TEndpointView): Record<string, unknown> {
  let host = "";
  try {
    host = new URL(endpoint.url).host;
  } catch {
    // stored URLs were validated; an unreadable one is simply not described
  }
  return { name: endpoint.name, kind: endpoint.kind, host, events: endpoint.events, enabled: endpoint.enabled };
}
