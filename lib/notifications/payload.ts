// What a delivery says: the generic JSON body and the Slack-compatible one ({text, blocks}), built
// from the same facts (pure; the words come from the caller's translator, in the endpoint's language).
import type { TSentEvent } from "./events";

export interface TNewFinding {
  check: string;
  severity: string;
  /** kind/namespace/name (kind/name for cluster-wide objects). */
  object: string;
  title: string;
}

export interface TNotificationFacts {
  event: TSentEvent;
  deliveryId: string;
  occurredAt: Date;
  cluster: { id: string; name: string } | null;
  scan: { id: string; finishedAt: Date | null } | null;
  grade: { before: string | null; after: string | null };
  posture: { before: number | null; after: number | null };
  /** The first new critical/high findings (at most MAX_LISTED_FINDINGS); newFindingsTotal counts them all. */
  newFindings: TNewFinding[];
  newFindingsTotal: number;
  consecutiveFailures: number;
  /** The scan's page, when RAMPARTS_PUBLIC_URL says where Ramparts is served. */
  url: string | null;
}

export const MAX_LISTED_FINDINGS = 20;
const SLACK_LISTED_FINDINGS = 10;

/** The generic webhook's body (README "Notifications" shows an example). */
export function genericPayload(facts: TNotificationFacts) {
  return {
    event: facts.event,
    deliveryId: facts.deliveryId,
    occurredAt: facts.occurredAt.toISOString(),
    cluster: facts.cluster,
    scan: facts.scan ? { id: facts.scan.id, finishedAt: facts.scan.finishedAt?.toISOString() ?? null } : null,
    grade: facts.grade,
    posture: facts.posture,
    newFindings: facts.newFindings,
    newFindingsTotal: facts.newFindingsTotal,
    consecutiveFailures: facts.consecutiveFailures,
    url: facts.url,
  };
}

export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

/** Slack reads &, < and > as markup: cluster and object names are escaped. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const dash = (value: string | number | null) => (value === null ? "–" : String(value));

/** The Slack incoming-webhook body: `text` (notifications, fallbacks) and `blocks` with the same facts. */
export function slackPayload(facts: TNotificationFacts, t: TTranslate) {
  const cluster = slackEscape(facts.cluster?.name ?? "");
  const headline = t(`headline.${facts.event}`, {
    cluster,
    count: facts.event === "scan_failing_repeatedly" ? facts.consecutiveFailures : facts.newFindingsTotal,
    before: dash(facts.grade.before),
    after: dash(facts.grade.after),
  });
  const blocks: Record<string, unknown>[] = [{ type: "section", text: { type: "mrkdwn", text: `*${headline}*` } }];
  if (facts.event !== "test" && facts.event !== "scan_failing_repeatedly") {
    const posture = (value: number | null) => (value === null ? "–" : String(Math.round(value)));
    blocks.push({
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*${t("grade")}*\n${dash(facts.grade.before)} → ${dash(facts.grade.after)}` },
        { type: "mrkdwn", text: `*${t("posture")}*\n${posture(facts.posture.before)} → ${posture(facts.posture.after)}` },
      ],
    });
  }
  if (facts.newFindings.length > 0) {
    const listed = facts.newFindings.slice(0, SLACK_LISTED_FINDINGS);
    const lines = listed.map((finding) => `• *${t(`severity.${finding.severity}`)}* ${slackEscape(finding.title)} — \`${slackEscape(finding.object)}\``);
    if (facts.newFindingsTotal > listed.length) lines.push(t("more", { count: facts.newFindingsTotal - listed.length }));
    blocks.push({ type: "section", text: { type: "mrkdwn", text: lines.join("\n") } });
  }
  if (facts.url) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `<${facts.url}|${t("open")}>` }] });
  return { text: headline, blocks };
}
