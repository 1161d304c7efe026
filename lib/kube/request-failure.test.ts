import { ApiException } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { createCheckTexts } from "../i18n/check-texts";
import { gapReason, gapReasonText } from "./gap-reasons";
import { classifyFailure, CollectionStopped, fatalError, isRetryable, unansweredError } from "./request-failure";
import { COLLECTED_RESOURCES } from "./resources";

const fetchFailed = (cause: unknown) => Object.assign(new TypeError("fetch failed"), { cause });
const coded = (code: string) => Object.assign(new Error(code), { code });
const status = (code: number, body?: object, headers: Record<string, string> = {}) =>
  new ApiException(code, "Unsuccessful HTTP Request", body ? JSON.stringify(body) : undefined, headers);

describe("classifyFailure", () => {
  it("reads the status, the Status reason and Retry-After from an ApiException", () => {
    expect(classifyFailure(status(403, { kind: "Status", reason: "Forbidden" }))).toEqual({ type: "status", status: 403, reason: "Forbidden", retryAfterMs: undefined });
    expect(classifyFailure(status(429, undefined, { "retry-after": "3" }))).toMatchObject({ status: 429, retryAfterMs: 3_000 });
    expect(classifyFailure(status(401))).toMatchObject({ type: "status", status: 401, reason: undefined });
  });

  it("finds the error code down undici's cause chain", () => {
    expect(classifyFailure(fetchFailed(coded("ECONNREFUSED")))).toEqual({ type: "unreachable", code: "ECONNREFUSED" });
    expect(classifyFailure(fetchFailed(new AggregateError([coded("ECONNREFUSED")])))).toEqual({ type: "unreachable", code: "ECONNREFUSED" });
    expect(classifyFailure(fetchFailed(coded("SELF_SIGNED_CERT_IN_CHAIN")))).toEqual({ type: "tls", code: "SELF_SIGNED_CERT_IN_CHAIN" });
    expect(classifyFailure(fetchFailed(coded("ERR_TLS_CERT_ALTNAME_INVALID")))).toEqual({ type: "tls", code: "ERR_TLS_CERT_ALTNAME_INVALID" });
    expect(classifyFailure(Object.assign(new TypeError("terminated"), { cause: coded("UND_ERR_SOCKET") }))).toEqual({ type: "reset", code: "UND_ERR_SOCKET" });
    expect(classifyFailure(new TypeError("terminated"))).toEqual({ type: "reset", code: "terminated" });
  });

  it("tells a request timeout from a stopped collection", () => {
    expect(classifyFailure(new DOMException("The operation was aborted due to timeout", "TimeoutError"))).toEqual({ type: "timeout" });
    expect(classifyFailure(new CollectionStopped("deadline"))).toEqual({ type: "aborted" });
  });

  it("never repeats the text of an unparsable answer", () => {
    let syntaxError: unknown;
    try {
      JSON.parse('{"data":{"password":"hunter2-CANARY"');
    } catch (error) {
      syntaxError = error;
    }
    expect(JSON.stringify(classifyFailure(syntaxError))).not.toContain("CANARY");
  });
});

describe("what is retried, what fails the collection", () => {
  it("retries throttling, server errors, resets and timeouts only", () => {
    expect([429, 500, 502, 503, 504].map((code) => isRetryable({ type: "status", status: code }))).toEqual([true, true, true, true, true]);
    expect([400, 401, 403, 404, 410, 501].some((code) => isRetryable({ type: "status", status: code }))).toBe(false);
    expect(isRetryable({ type: "reset", code: "ECONNRESET" }) && isRetryable({ type: "timeout" })).toBe(true);
    expect(isRetryable({ type: "unreachable", code: "ECONNREFUSED" }) || isRetryable({ type: "tls", code: "CERT_HAS_EXPIRED" })).toBe(false);
  });

  it("says what to do for every fatal failure", () => {
    expect(fatalError({ type: "tls", code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" }, "token")?.message).toMatch(/^certificate signed by unknown authority: add certificate-authority-data to the kubeconfig/);
    expect(fatalError({ type: "status", status: 401 }, "token")).toMatchObject({ kind: "unauthorized", message: expect.stringMatching(/^401: the token was rejected/) });
    expect(fatalError({ type: "status", status: 401 }, "none")?.message).toMatch(/add a token or a client certificate/);
    expect(fatalError({ type: "unreachable", code: "ENOTFOUND" }, "token")).toMatchObject({ kind: "unreachable", message: expect.stringContaining("does not resolve") });
    expect(fatalError({ type: "status", status: 403 }, "token")).toBeUndefined();
    expect(unansweredError({ type: "timeout" }, 3, 2_000)).toMatchObject({ kind: "timeout", message: "timeout: the API server did not answer within 2 s (3 attempts)" });
  });

  it("words gaps by cause", () => {
    const byKind = (kind: string) => COLLECTED_RESOURCES.find((resource) => resource.kind === kind)!;
    expect(gapReason(byKind("Secret"), { type: "status", status: 403 }, 1, 1_000)).toBe("forbidden: the credentials cannot list secrets");
    expect(gapReason(byKind("VulnerabilityReport"), { type: "status", status: 404 }, 1, 1_000)).toBe("not installed: the VulnerabilityReport CRD is absent");
    expect(gapReason(byKind("Ingress"), { type: "status", status: 404 }, 1, 1_000)).toBe("not served: this API server does not serve ingresses in networking.k8s.io/v1");
    expect(gapReason(byKind("Pod"), { type: "timeout" }, 4, 15_000)).toBe("timed out: no answer within 15 s, 4 attempts");
    expect(gapReason(byKind("Pod"), { type: "status", status: 429 }, 4, 15_000)).toBe("rate limited: HTTP 429 after 4 attempts");
  });

  it("words the same gaps in English and French for people (the same English as the stored reason)", () => {
    const byKind = (kind: string) => COLLECTED_RESOURCES.find((resource) => resource.kind === kind)!;
    const [en, fr] = (["en", "fr"] as const).map((locale) => createCheckTexts(locale, (error) => { throw error; }));
    const failures = [
      [byKind("Secret"), { type: "status", status: 403 }, 1],
      [byKind("VulnerabilityReport"), { type: "status", status: 404 }, 1],
      [byKind("Ingress"), { type: "status", status: 404 }, 1],
      [byKind("Pod"), { type: "status", status: 410 }, 1],
      [byKind("Pod"), { type: "status", status: 429 }, 4],
      [byKind("Pod"), { type: "status", status: 503 }, 1],
      [byKind("Pod"), { type: "status", status: 400 }, 1],
      [byKind("Pod"), { type: "timeout" }, 4],
      [byKind("Pod"), { type: "reset", code: "ECONNRESET" }, 2],
    ] as const;
    for (const [resource, failure, attempts] of failures) {
      const reason = gapReasonText(resource, failure as never, attempts, 15_000);
      expect(en!.say(reason)).toBe(gapReason(resource, failure as never, attempts, 15_000));
      expect(fr!.say(reason)).not.toBe(en!.say(reason));
    }
    expect(fr!.say(gapReasonText(byKind("Secret"), { type: "status", status: 403 }, 1, 1_000))).toBe("interdit : les identifiants ne permettent pas de lister les secrets");
    expect(fr!.say(gapReasonText(byKind("Pod"), { type: "timeout" }, 4, 15_000))).toBe("délai dépassé : aucune réponse en 15 s, 4 tentatives");
  });
});
