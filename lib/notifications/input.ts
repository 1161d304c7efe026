// What an admin sends to create or change a notification endpoint (POST / PATCH /api/notifications).
import { z } from "zod";
import { LOCALES } from "../i18n/locale";
import { DEFAULT_FAILURE_THRESHOLD, NOTIFICATION_EVENTS } from "./events";
import { ZWebhookUrl } from "./url";

const fields = {
  name: z.string().trim().min(1).max(100),
  kind: z.enum(["generic", "slack"]),
  url: ZWebhookUrl,
  /** Entered by the admin (the receiver already has one); absent on create → generated and shown once. */
  secret: z.string().min(16, "A secret has at least 16 characters.").max(256),
  events: z.array(z.enum(NOTIFICATION_EVENTS)).min(1, "Choose at least one event.").max(NOTIFICATION_EVENTS.length),
  failureThreshold: z.number().int().min(2).max(50),
  /** Only these clusters; empty = every cluster. */
  clusterIds: z.array(z.uuid()).max(200),
  language: z.enum(LOCALES),
  enabled: z.boolean(),
};

export const ZEndpointCreate = z.strictObject({
  ...fields,
  secret: fields.secret.optional(),
  failureThreshold: fields.failureThreshold.default(DEFAULT_FAILURE_THRESHOLD),
  clusterIds: fields.clusterIds.default([]),
  language: fields.language.default("en"),
  enabled: fields.enabled.default(true),
});
export type TEndpointCreate = z.infer<typeof ZEndpointCreate>;

/** Any subset; `generateSecret: true` replaces the secret with a new one, returned once. */
export const ZEndpointUpdate = z
  .strictObject({
    name: fields.name.optional(),
    kind: fields.kind.optional(),
    url: fields.url.optional(),
    secret: fields.secret.optional(),
    generateSecret: z.literal(true).optional(),
    events: fields.events.optional(),
    failureThreshold: fields.failureThreshold.optional(),
    clusterIds: fields.clusterIds.optional(),
    language: fields.language.optional(),
    enabled: fields.enabled.optional(),
  })
  .refine((input) => !(input.secret && input.generateSecret), { message: "Enter a secret or generate one, not both.", path: ["secret"] });
export type TEndpointUpdate = z.infer<typeof ZEndpointUpdate>;

export const MAX_ENDPOINT_BODY_BYTES = 16 * 1024;
