import { describe, expect, it } from "vitest";
import { slackEscape, slackPayload, type TNotificationFacts } from "./payload";
import { renderBody } from "./render";
import { verifySignature, signBody } from "./signature";
import { ZWebhookUrl } from "./url";

const facts: TNotificationFacts = {
  event: "new_critical_high",
  deliveryId: "d-1",
  occurredAt: new Date("2026-11-27T10:00:00Z"),
  cluster: { id: "c-1", name: "prod <eu> & co" },
  scan: { id: "s-1", finishedAt: new Date("2026-11-27T09:59:00Z") },
  grade: { before: "B", after: "C" },
  posture: { before: 81.4, after: 72.6 },
  newFindings: [{ check: "privileged-container", severity: "critical", object: "Deployment/team/api", title: "Privileged container" }],
  newFindingsTotal: 12,
  consecutiveFailures: 0,
  url: "https://ramparts.example/scans/s-1",
};

describe("payloads", () => {
  it("the generic body carries the facts as JSON", () => {
    const body = JSON.parse(renderBody("generic", "en", facts)) as Record<string, unknown>;
    expect(body).toMatchObject({
      event: "new_critical_high",
      cluster: { id: "c-1", name: "prod <eu> & co" },
      scan: { id: "s-1", finishedAt: "2026-11-27T09:59:00.000Z" },
      grade: { before: "B", after: "C" },
      newFindings: [{ check: "privileged-container", severity: "critical", object: "Deployment/team/api" }],
      newFindingsTotal: 12,
      url: "https://ramparts.example/scans/s-1",
    });
  });

  it("the Slack body has text and blocks with the same facts, names escaped, in the endpoint's language", () => {
    const en = JSON.parse(renderBody("slack", "en", facts)) as { text: string; blocks: { text?: { text: string }; fields?: { text: string }[] }[] };
    expect(en.text).toBe("prod &lt;eu&gt; &amp; co: 12 new critical or high findings");
    const all = JSON.stringify(en.blocks);
    expect(all).toContain("B → C");
    expect(all).toContain("81 → 73");
    expect(all).toContain("Deployment/team/api");
    expect(all).toContain("11 more");
    expect(all).toContain("<https://ramparts.example/scans/s-1|Open the scan in Ramparts>");
    const fr = JSON.parse(renderBody("slack", "fr", facts)) as { text: string };
    expect(fr.text).toBe("prod &lt;eu&gt; &amp; co : 12 nouveaux constats critiques ou élevés");
  });

  it("names each event in the headline", () => {
    const say = (key: string, values?: Record<string, string | number>) => `${key} ${JSON.stringify(values ?? {})}`;
    expect(slackPayload({ ...facts, event: "scan_failing_repeatedly", consecutiveFailures: 3 }, say).text).toContain('"count":3');
    expect(slackEscape("a<b>&")).toBe("a&lt;b&gt;&amp;");
  });
});

describe("signature", () => {
  it("is sha256= and the HMAC of the raw body; any change to body or secret fails it", () => {
    const header = signBody('{"a":1}', "s3cret-s3cret-s3cret");
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('{"a":1}', "s3cret-s3cret-s3cret", header)).toBe(true);
    expect(verifySignature('{"a":2}', "s3cret-s3cret-s3cret", header)).toBe(false);
    expect(verifySignature('{"a":1}', "another-secret-here", header)).toBe(false);
    expect(verifySignature('{"a":1}', "s3cret-s3cret-s3cret", null)).toBe(false);
  });
});

describe("webhook URLs", () => {
  it("accepts http(s) only, without credentials", () => {
    expect(ZWebhookUrl.safeParse("https://hooks.slack.com/services/T/B/x").success).toBe(true);
    expect(ZWebhookUrl.safeParse("http://127.0.0.1:8080/hook").success).toBe(true);
    for (const bad of ["file:///etc/passwd", "gopher://x", "https://user:pw@example.com/", "not a url", "javascript:alert(1)"]) {
      expect(ZWebhookUrl.safeParse(bad).success, bad).toBe(false);
    }
  });
});
