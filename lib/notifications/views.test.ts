// The settings page and the API show a delivery's last error in the reader's language; a delivery
// recorded before errors were stored as texts keeps its English words.
import { describe, expect, it } from "vitest";
import { text } from "../checks/text";
import type { TDeliveryView } from "../db/notifications";
import { toDeliveryJson } from "./views";

const delivery: TDeliveryView = {
  id: "d-1", event: "test", clusterId: null, scanId: null, status: "failed", attempts: 1, responseCode: 500,
  lastError: "The receiver answered HTTP 500.", lastErrorText: text("deliveryHttp", { status: 500 }), nextAttemptAt: null,
  payloadDigest: "abc", createdAt: new Date(0), updatedAt: new Date(0),
};

describe("a delivery's last error", () => {
  it("reads in French for a French reader, in English by default, and never exposes the stored text", () => {
    expect(toDeliveryJson(delivery, "fr").lastError).toBe("Le destinataire a répondu HTTP 500.");
    expect(toDeliveryJson(delivery).lastError).toBe("The receiver answered HTTP 500.");
    expect(toDeliveryJson(delivery, "fr")).not.toHaveProperty("lastErrorText");
  });

  it("keeps the English words of an older delivery", () => {
    expect(toDeliveryJson({ ...delivery, lastErrorText: null }, "fr").lastError).toBe("The receiver answered HTTP 500.");
  });
});
