// One HTTP attempt of a delivery: POST the stored body with its signature, at most 10 s, no
// redirect followed (a webhook that moved is an error to fix in its settings, not a hop to another
// host). Never throws, never logs: the outcome is data, and the secret stays in this function.
import { text, type TText } from "../checks/text";
import { checkTexts } from "../i18n/check-texts";
import { signBody } from "./signature";
import { verdictFor, type TAttemptVerdict } from "./backoff";

export const DELIVERY_TIMEOUT_MS = 10_000;

export interface TAttemptRequest {
  url: string;
  body: string;
  secret: string;
  event: string;
  deliveryId: string;
  now?: Date;
  timeoutMs?: number;
}

export interface TAttemptOutcome {
  verdict: TAttemptVerdict;
  /** The receiver's HTTP status, when it answered. */
  status: number | null;
  /** Why it did not work, in words (English, for logs and older readers). */
  error: string | null;
  /** The same as a catalogue text, which the settings page shows in the reader's language. */
  errorText: TText | null;
}

export function deliveryHeaders(request: TAttemptRequest): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": "Ramparts-Webhook/1",
    "x-ramparts-event": request.event,
    "x-ramparts-delivery": request.deliveryId,
    "x-ramparts-timestamp": String(Math.floor((request.now ?? new Date()).getTime() / 1000)),
    "x-ramparts-signature": signBody(request.body, request.secret),
  };
}

function describeFailure(error: unknown, timeoutMs: number): TText {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return text("deliveryTimeout", { seconds: timeoutMs / 1000 });
  // undici puts the system error (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const code = typeof cause?.code === "string" ? cause.code : null;
  const message = error instanceof Error ? error.message : String(error);
  return code ? text("deliveryNetworkCode", { code }) : text("deliveryNetwork", { message: message.slice(0, 280) });
}

function failed(verdict: TAttemptVerdict, status: number | null, said: TText): TAttemptOutcome {
  return { verdict, status, error: checkTexts("en").say(said), errorText: said };
}

export async function attemptDelivery(request: TAttemptRequest, fetcher: typeof fetch = fetch): Promise<TAttemptOutcome> {
  const timeoutMs = request.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  try {
    const response = await fetcher(request.url, {
      method: "POST",
      headers: deliveryHeaders(request),
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer's body is not needed: drop it so the connection is released.
    await response.body?.cancel().catch(() => {});
    const status = response.status;
    const verdict = verdictFor(status);
    if (verdict === "delivered") return { verdict, status, error: null, errorText: null };
    if (status >= 300 && status < 400) return failed("give_up", status, text("deliveryRedirect", { status }));
    return failed(verdict, status, text("deliveryHttp", { status }));
  } catch (error) {
    return failed("retry", null, describeFailure(error, timeoutMs));
  }
}
