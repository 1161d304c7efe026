import "server-only";
import type { TScanSummary } from "../scans/summarize";
import { db } from "./client";
import type { Prisma } from "./generated/client";

const FINDING_BATCH = 5_000;
const GOOD: ("succeeded" | "partial")[] = ["succeeded", "partial"];

export async function createScan(clusterId: string, options: { queuedAt?: Date; demo?: boolean } = {}): Promise<string> {
  const scan = await db().scan.create({ data: { clusterId, status: "queued", queuedAt: options.queuedAt, demo: options.demo ?? false } });
  return scan.id;
}

export async function markScanProgress(scanId: string, phase: string, progress: number, startedAt?: Date): Promise<void> {
  await db().scan.update({
    where: { id: scanId },
    data: { status: "running", phase, progress: Math.max(0, Math.min(100, Math.round(progress))), ...(startedAt ? { startedAt } : {}) },
  });
}

/** Records why a scan failed. The cluster's current state stays the last good scan. */
export async function failScan(scanId: string, phase: string, error: string, finishedAt = new Date()): Promise<void> {
  await db().scan.update({ where: { id: scanId }, data: { status: "failed", phase, error: error.slice(0, 2_000), finishedAt } });
}

/** The newest succeeded or partial scan of a cluster, other than `excludeScanId`. */
export async function lastGoodScan(clusterId: string, excludeScanId?: string) {
  return db().scan.findFirst({
    where: { clusterId, status: { in: GOOD }, finishedAt: { not: null }, ...(excludeScanId ? { id: { not: excludeScanId } } : {}) },
    orderBy: [{ finishedAt: "desc" }, { queuedAt: "desc" }],
  });
}

export interface TCompletion {
  summary: TScanSummary;
  ratingsVersionId: number;
  objectCounts: Record<string, number>;
  finishedAt?: Date;
}

/**
 * Stores a scan's findings, aggregates and summary in one transaction and compares it with the
 * previous good scan by fingerprint: new, still open (first-seen date carried forward), resolved.
 * Either everything lands or nothing does.
 */
export async function completeScan(scanId: string, completion: TCompletion): Promise<{ new: number; resolved: number }> {
  const { summary } = completion;
  const scan = await db().scan.findUniqueOrThrow({ where: { id: scanId }, select: { clusterId: true, startedAt: true, queuedAt: true } });
  const finishedAt = completion.finishedAt ?? new Date();
  const previous = await lastGoodScan(scan.clusterId, scanId);
  const firstSeen = new Map<string, Date>();
  if (previous) {
    const rows = await db().finding.findMany({ where: { scanId: previous.id }, select: { fingerprint: true, firstSeenAt: true } });
    for (const row of rows) firstSeen.set(row.fingerprint, row.firstSeenAt);
  }
  const current = new Set(summary.findings.map((finding) => finding.fingerprint));
  const created = summary.findings.filter((finding) => !firstSeen.has(finding.fingerprint)).length;
  const resolved = [...firstSeen.keys()].filter((fingerprint) => !current.has(fingerprint)).length;
  const seenAt = scan.startedAt ?? scan.queuedAt;
  const rows: Prisma.FindingCreateManyInput[] = summary.findings.map((finding) => ({
    scanId,
    clusterId: scan.clusterId,
    fingerprint: finding.fingerprint,
    checkId: finding.checkId,
    quickWin: finding.quickWin,
    severity: finding.severity,
    namespace: finding.namespace,
    objectKind: finding.objectKind,
    objectName: finding.objectName,
    container: finding.container,
    message: finding.message,
    evidence: finding.evidence as Prisma.InputJsonValue,
    status: finding.status,
    exceptionId: finding.exceptionId,
    firstSeenAt: firstSeen.get(finding.fingerprint) ?? seenAt,
  }));

  await db().$transaction(
    async (tx) => {
      await tx.finding.deleteMany({ where: { scanId } });
      await tx.scanAggregate.deleteMany({ where: { scanId } });
      for (let start = 0; start < rows.length; start += FINDING_BATCH) {
        await tx.finding.createMany({ data: rows.slice(start, start + FINDING_BATCH) });
      }
      await tx.scanAggregate.createMany({
        data: summary.aggregates.map(({ namespace, quickWin, tally }) => ({
          scanId, namespace, quickWin,
          pass: tally.counts.pass, fail: tally.counts.fail, waived: tally.counts.waived, notAssessable: tally.counts.not_assessable,
          weightedPass: tally.weighted.pass, weightedFail: tally.weighted.fail, weightedWaived: tally.weighted.waived,
          openCritical: tally.openBySeverity.critical, openHigh: tally.openBySeverity.high,
          openMedium: tally.openBySeverity.medium, openLow: tally.openBySeverity.low,
        })),
      });
      await tx.scan.update({
        where: { id: scanId },
        data: {
          status: summary.gaps.some((gap) => gap.kind === "resource") ? "partial" : "succeeded",
          phase: "done",
          progress: 100,
          finishedAt,
          error: null,
          coverageGaps: summary.gaps as unknown as Prisma.InputJsonValue,
          postureScore: summary.postureScore,
          grade: summary.grade,
          ratingsVersionId: completion.ratingsVersionId,
          previousScanId: previous?.id ?? null,
          findingsOpen: summary.findings.filter((finding) => finding.status === "open").length,
          findingsWaived: summary.findings.filter((finding) => finding.status === "waived").length,
          findingsNew: created,
          findingsResolved: resolved,
          evaluations: summary.evaluations,
          objectCounts: completion.objectCounts,
        },
      });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return { new: created, resolved };
}

export async function scanState(scanId: string) {
  return db().scan.findUnique({ where: { id: scanId }, select: { id: true, clusterId: true, status: true } });
}

/** A scan of this cluster that is queued or running, if any ("Scan now" joins it). */
export async function pendingScan(clusterId: string) {
  return db().scan.findFirst({ where: { clusterId, status: { in: ["queued", "running"] } }, orderBy: { queuedAt: "desc" } });
}

export async function deleteQueuedScan(scanId: string): Promise<void> {
  await db().scan.deleteMany({ where: { id: scanId, status: "queued" } });
}

/** Retention: finding rows of scans finished before `before` go; scans and aggregates stay. */
export async function pruneFindings(before: Date): Promise<number> {
  const result = await db().finding.deleteMany({ where: { scan: { finishedAt: { lt: before } } } });
  return result.count;
}
