// After a scan ends (worker): which regressions it raised for which endpoint, each stored as a
// pending delivery and handed to the queue. Never fails the scan: the caller logs what goes wrong.
import { randomUUID } from "node:crypto";
import { consecutiveFailures, createDelivery, endpointsListening, newSevereFindings, scanForNotification } from "../db/notifications";
import { env } from "../env";
import { eventsFor, type TScanOutcomeFacts, type TSentEvent } from "./events";
import { MAX_LISTED_FINDINGS, type TNotificationFacts } from "./payload";
import { listedFinding, payloadDigest, renderBody } from "./render";

/** Hands a stored delivery to whoever attempts it (the worker: a pg-boss job). */
export type TEnqueueDelivery = (deliveryId: string) => Promise<void>;

export function scanPageUrl(scanId: string): string | null {
  const base = env().RAMPARTS_PUBLIC_URL;
  return base ? `${base.replace(/\/+$/, "")}/scans/${scanId}` : null;
}

/** Returns the ids of the deliveries it queued. */
export async function notifyScanEnded(scanId: string, enqueue: TEnqueueDelivery, now = new Date()): Promise<string[]> {
  const scan = await scanForNotification(scanId);
  if (!scan || !["succeeded", "partial", "failed"].includes(scan.status)) return [];
  const endpoints = await endpointsListening(scan.clusterId);
  if (endpoints.length === 0) return [];

  const landed = scan.status !== "failed";
  const compared = landed && scan.previousScanId !== null && scan.previous !== null;
  const severe = compared ? await newSevereFindings(scan.id, scan.previousScanId!, MAX_LISTED_FINDINGS) : { total: 0, rows: [] };
  const outcome: TScanOutcomeFacts = {
    compared,
    gradeBefore: scan.previous?.grade ?? null,
    gradeAfter: scan.grade,
    newCriticalHigh: severe.total,
    consecutiveFailures: landed ? 0 : await consecutiveFailures(scan.clusterId),
  };

  const queued: string[] = [];
  for (const endpoint of endpoints) {
    for (const event of eventsFor(outcome, endpoint.events, endpoint.failureThreshold)) {
      const id = randomUUID();
      const facts: TNotificationFacts = {
        event,
        deliveryId: id,
        occurredAt: now,
        cluster: { id: scan.clusterId, name: scan.cluster.name },
        scan: { id: scan.id, finishedAt: scan.finishedAt },
        grade: { before: compared ? outcome.gradeBefore : null, after: landed ? scan.grade : null },
        posture: { before: compared ? (scan.previous?.postureScore ?? null) : null, after: landed ? scan.postureScore : null },
        newFindings: event === "new_critical_high" ? severe.rows.map((row) => listedFinding(row, endpoint.language)) : [],
        newFindingsTotal: event === "new_critical_high" ? severe.total : 0,
        consecutiveFailures: outcome.consecutiveFailures,
        url: scanPageUrl(scan.id),
      };
      const body = renderBody(endpoint.kind, endpoint.language, facts);
      await createDelivery({ id, endpointId: endpoint.id, event, clusterId: scan.clusterId, scanId: scan.id, body, payloadDigest: payloadDigest(body) });
      await enqueue(id);
      queued.push(id);
    }
  }
  return queued;
}

/** The settings page's "Send test": a delivery of the `test` event with sample facts. */
export function testFacts(deliveryId: string, now = new Date()): TNotificationFacts {
  const event: TSentEvent = "test";
  return {
    event,
    deliveryId,
    occurredAt: now,
    cluster: null,
    scan: null,
    grade: { before: null, after: null },
    posture: { before: null, after: null },
    newFindings: [],
    newFindingsTotal: 0,
    consecutiveFailures: 0,
    url: env().RAMPARTS_PUBLIC_URL ?? null,
  };
}
