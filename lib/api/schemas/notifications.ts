import { z } from "zod";
import { NOTIFICATION_EVENTS } from "../../notifications/events";
import { ZDateTime, ZId } from "./common";

export const ZDelivery = z.object({
  id: ZId,
  event: z.enum([...NOTIFICATION_EVENTS, "test"]),
  clusterId: ZId.nullable(),
  scanId: ZId.nullable(),
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.number().int(),
  responseCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: ZDateTime.nullable(),
  /** SHA-256 (hex) of the body sent. */
  payloadDigest: z.string(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});

/** A webhook endpoint as an admin sees it: never its secret, nor its whole URL. */
export const ZEndpoint = z.object({
  id: ZId,
  name: z.string(),
  kind: z.enum(["generic", "slack"]),
  /** Masked: scheme, host, the path's plain words, then "…" (Slack's URLs hold a token in their path). */
  url: z.string(),
  events: z.array(z.enum(NOTIFICATION_EVENTS)),
  failureThreshold: z.number().int(),
  clusterIds: z.array(ZId),
  language: z.enum(["en", "fr"]),
  enabled: z.boolean(),
  createdAt: ZDateTime,
  /** The latest five deliveries, newest first. */
  deliveries: z.array(ZDelivery),
});

export const ZEndpointList = z.object({ endpoints: z.array(ZEndpoint) });

/** `secret` only when Ramparts generated it (create without one, or generateSecret): shown this once. */
export const ZEndpointSaved = z.object({ endpoint: ZEndpoint, secret: z.string().optional() });

export const ZTestDelivery = z.object({ delivery: ZDelivery });
