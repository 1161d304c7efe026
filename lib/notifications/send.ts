// One attempt of a stored delivery, and what follows from it: delivered, another try after the
// backoff, or given up. Used by the worker's notification jobs and by "Send test" (one attempt).
import { randomUUID } from "node:crypto";
import { text } from "../checks/text";
import { checkTexts } from "../i18n/check-texts";
import { createDelivery, deliveryToAttempt, recordAttempt, type TDeliveryView } from "../db/notifications";
import { getEndpoint } from "../db/notifications";
import { defaultBackoff, MAX_ATTEMPTS, type TBackoff } from "./backoff";
import { attemptDelivery } from "./deliver";
import { testFacts } from "./dispatch";
import { payloadDigest, renderBody } from "./render";

export interface TSendOptions {
  backoff?: TBackoff;
  maxAttempts?: number;
  fetcher?: typeof fetch;
  now?: () => Date;
  /** The delivery's attempt count when this job was queued (see deliveryToAttempt). */
  expectedAttempts?: number;
}

export interface TSendResult {
  delivery: TDeliveryView;
  /** Seconds until the next attempt, when there is one. */
  retryInSeconds: number | null;
}

/** Null when the delivery is gone, no longer pending, or already attempted since (a job run twice sends once). */
export async function sendDelivery(deliveryId: string, options: TSendOptions = {}): Promise<TSendResult | null> {
  const delivery = await deliveryToAttempt(deliveryId, options.expectedAttempts);
  if (!delivery) return null;
  const now = options.now ?? (() => new Date());
  const attempts = delivery.attempts + 1;
  let secret: string;
  let url: string;
  try {
    secret = delivery.readSecret();
    url = delivery.readUrl();
  } catch (error) {
    // The encryption key changed without a rotation: no attempt can be signed or addressed, so none is made.
    const reason = error instanceof Error ? error.message : String(error);
    const said = text("deliverySecretUnreadable", { reason });
    return {
      delivery: await recordAttempt(deliveryId, { status: "failed", attempts, responseCode: null, lastError: checkTexts("en").say(said), lastErrorText: said, nextAttemptAt: null }),
      retryInSeconds: null,
    };
  }
  const outcome = await attemptDelivery({ url, body: delivery.body, secret, event: delivery.event, deliveryId, now: now() }, options.fetcher);
  const retry = outcome.verdict === "retry" && attempts < (options.maxAttempts ?? MAX_ATTEMPTS);
  const retryInSeconds = retry ? (options.backoff ?? defaultBackoff)(attempts) : null;
  const saved = await recordAttempt(deliveryId, {
    status: outcome.verdict === "delivered" ? "delivered" : retry ? "pending" : "failed",
    attempts,
    responseCode: outcome.status,
    lastError: outcome.error,
    lastErrorText: outcome.errorText,
    nextAttemptAt: retryInSeconds === null ? null : new Date(now().getTime() + retryInSeconds * 1000),
  });
  return { delivery: saved, retryInSeconds };
}

/** "Send test": one attempt, now, of a `test` event; its delivery is listed like any other. */
export async function sendTestDelivery(endpointId: string, options: Pick<TSendOptions, "fetcher"> = {}): Promise<TDeliveryView> {
  const endpoint = await getEndpoint(endpointId);
  const id = randomUUID();
  const body = renderBody(endpoint.kind, endpoint.language, testFacts(id));
  await createDelivery({ id, endpointId, event: "test", clusterId: null, scanId: null, body, payloadDigest: payloadDigest(body) });
  const result = await sendDelivery(id, { ...options, maxAttempts: 1 });
  if (!result) throw new Error("The test delivery vanished before it was sent.");
  return result.delivery;
}
