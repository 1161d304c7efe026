// A failed webhook delivery says why in the reader's language: the outcome carries the English
// words (logs) and the same as a catalogue text, which the settings page translates.
import { describe, expect, it } from "vitest";
import { createCheckTexts } from "../i18n/check-texts";
import { attemptDelivery } from "./deliver";

const en = createCheckTexts("en", (error) => { throw error; });
const fr = createCheckTexts("fr", (error) => { throw error; });
const request = { url: "https://hooks.example.com/ramparts", body: "{}", secret: "s3cret", event: "test", deliveryId: "d-1" };

const answering = (status: number): typeof fetch => async () => new Response(null, { status });
const failing = (error: unknown): typeof fetch => async () => {
  throw error;
};

describe("delivery errors", () => {
  it("says nothing when delivered", async () => {
    expect(await attemptDelivery(request, answering(204))).toEqual({ verdict: "delivered", status: 204, error: null, errorText: null });
  });

  it("words an HTTP error, a redirect and a network error in both languages", async () => {
    const http = await attemptDelivery(request, answering(500));
    expect(http.error).toBe("The receiver answered HTTP 500.");
    expect(http.error).toBe(en.say(http.errorText!));
    expect(fr.say(http.errorText!)).toBe("Le destinataire a répondu HTTP 500.");

    const moved = await attemptDelivery(request, answering(301));
    expect(moved.verdict).toBe("give_up");
    expect(fr.say(moved.errorText!)).toMatch(/^Le destinataire a redirigé \(HTTP 301\)/);

    const refused = await attemptDelivery(request, failing(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } })));
    expect(refused.error).toBe("Network error (ECONNREFUSED).");
    expect(fr.say(refused.errorText!)).toBe("Erreur réseau (ECONNREFUSED).");

    const timeout = await attemptDelivery({ ...request, timeoutMs: 10_000 }, failing(new DOMException("timed out", "TimeoutError")));
    expect(fr.say(timeout.errorText!)).toBe("Aucune réponse en 10 s.");
  });
});
