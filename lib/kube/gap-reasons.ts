// The words of a coverage gap: why one resource type could not be read, and what that means.
import { text, type TText } from "../checks/text";
import { isCustomResource } from "./custom-resources";
import { describeFailure, type TRequestFailure } from "./request-failure";
import { apiVersionOf, type TCollectedResource } from "./resources";

export function gapReason(resource: TCollectedResource, failure: TRequestFailure, attempts: number, requestTimeoutMs: number): string {
  const tries = `${attempts} attempt${attempts === 1 ? "" : "s"}`;
  switch (failure.type) {
    case "status":
      if (failure.status === 403) return `forbidden: the credentials cannot list ${resource.plural}`;
      if (failure.status === 404) {
        return isCustomResource(resource)
          ? `not installed: the ${resource.kind} CRD is absent`
          : `not served: this API server does not serve ${resource.plural} in ${apiVersionOf(resource)}`;
      }
      if (failure.status === 410) return "continue token kept expiring: the list was restarted and gave up";
      if (failure.status === 429) return `rate limited: HTTP 429 after ${tries}`;
      if (failure.status >= 500) return `server error: ${describeFailure(failure)} after ${tries}`;
      return `rejected: ${describeFailure(failure)}`;
    case "timeout":
      return `timed out: no answer within ${requestTimeoutMs / 1000} s, ${tries}`;
    case "reset":
      return `connection reset: ${describeFailure(failure)}, ${tries}`;
    default:
      return `failed: ${describeFailure(failure)}`;
  }
}

/** The same reason as a catalogue text (lib/checks/text.ts), for readers in either language. */
export function gapReasonText(resource: TCollectedResource, failure: TRequestFailure, attempts: number, requestTimeoutMs: number): TText {
  switch (failure.type) {
    case "status":
      if (failure.status === 403) return text("gapForbidden", { plural: resource.plural });
      if (failure.status === 404) {
        return isCustomResource(resource) ? text("gapCrdAbsent", { kind: resource.kind }) : text("gapNotServed", { plural: resource.plural, apiVersion: apiVersionOf(resource) });
      }
      if (failure.status === 410) return text("gapContinueExpired");
      if (failure.status === 429) return text("gapRateLimited", { attempts });
      if (failure.status >= 500) return text("gapServerError", { failure: describeFailure(failure), attempts });
      return text("gapRejected", { failure: describeFailure(failure) });
    case "timeout":
      return text("gapTimedOut", { seconds: requestTimeoutMs / 1000, attempts });
    case "reset":
      return text("gapReset", { failure: describeFailure(failure), attempts });
    default:
      return text("gapFailed", { failure: describeFailure(failure) });
  }
}
