import { describe, expect, it } from "vitest";
import { maskWebhookUrl, ZWebhookUrl } from "./url";

describe("maskWebhookUrl", () => {
  it("keeps scheme, host and plain words of the path, and hides what may be a token", () => {
    expect(maskWebhookUrl("https://hooks.slack.com/services/T0A1B2C3D/B0E4F5G6H/abcDEF123ghiJKL456mnoPQR")).toBe("https://hooks.slack.com/services/T…/…");
    expect(maskWebhookUrl("https://discord.com/api/webhooks/112233445566/Zx-Yw_Vu")).toBe("https://discord.com/api/webhooks/1…/…");
    expect(maskWebhookUrl("http://relay.internal:8080/ramparts/T0KEN-IN-PATH")).toBe("http://relay.internal:8080/ramparts/T…");
  });

  it("never shows a query, a fragment or a path segment that is not a plain word", () => {
    expect(maskWebhookUrl("https://example.com/hook?token=s3cret#x")).toBe("https://example.com/hook?…");
    expect(maskWebhookUrl("https://example.com/#s3cret")).toBe("https://example.com?…");
    expect(maskWebhookUrl("https://example.com/")).toBe("https://example.com");
    const masked = maskWebhookUrl("https://example.com/abcdefghijklmnopqrstuvwxyz0123/lowercasetokenlikethis");
    expect(masked).toBe("https://example.com/a…/…");
    // A word-like segment longer than a word is treated as a token.
    expect(maskWebhookUrl("https://example.com/lowercasetokenlikethisone")).toBe("https://example.com/l…");
  });

  it("still names the host (the audit log reads it), and shows nothing of a URL it cannot read", () => {
    const masked = maskWebhookUrl("https://hooks.slack.com/services/T0/B0/x");
    expect(ZWebhookUrl.safeParse(masked).success).toBe(true);
    expect(new URL(masked).host).toBe("hooks.slack.com");
    expect(maskWebhookUrl("not a url")).toBe("…");
  });
});
