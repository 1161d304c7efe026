import "server-only";
import type { TFindingRow, TScanSummary } from "../scans/summarize";
import { db } from "./client";
import type { Prisma } from "../../prisma/generated/client";

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

export interface TCompletionOptions {
  /** Called as each step ends, with its wall time (benchmarks). Compare runs first: it dates the rows persist writes. */
  onPhase?: (phase: "compare" | "persist", ms: number) => void;
}

/** Each statement inserts this many findings (13 arrays of this length, a few MB of text). */
const FINDING_BATCH = 10_000;

/**
 * Inserts findings column-wise: one `INSERT … SELECT FROM unnest(arrays)` per batch, 13 bound
 * parameters whatever the batch size. createMany binds one parameter per field and row, which
 * for 200k rows costs far more in building and parsing the statement than in writing the rows.
 */
async function insertFindings(
  tx: Prisma.TransactionClient,
  scanId: string,
  clusterId: string,
  findings: readonly TFindingRow[],
  firstSeenAt: (fingerprint: string) => Date,
): Promise<void> {
  for (let start = 0; start < findings.length; start += FINDING_BATCH) {
    const batch = findings.slice(start, start + FINDING_BATCH);
    const column = <T>(pick: (finding: TFindingRow) => T): T[] => batch.map(pick);
    await tx.$executeRaw`
      INSERT INTO findings (id, scan_id, cluster_id, fingerprint, check_id, quick_win, severity, namespace, object_kind,
                            object_name, container, message, evidence, status, exception_id, first_seen_at)
      SELECT gen_random_uuid(), ${scanId}::uuid, ${clusterId}::uuid, u.fingerprint, u.check_id, u.quick_win::"QuickWin",
             u.severity::"Severity", u.namespace, u.object_kind, u.object_name, u.container, u.message, u.evidence::jsonb,
             u.status::"FindingStatus", u.exception_id::uuid, u.first_seen_at
      FROM unnest(
        ${column((finding) => finding.fingerprint)}::text[],
        ${column((finding) => finding.checkId)}::text[],
        ${column((finding) => finding.quickWin)}::text[],
        ${column((finding) => finding.severity)}::text[],
        ${column((finding) => finding.namespace)}::text[],
        ${column((finding) => finding.objectKind)}::text[],
        ${column((finding) => finding.objectName)}::text[],
        ${column((finding) => finding.container)}::text[],
        ${column((finding) => finding.message)}::text[],
        ${column((finding) => JSON.stringify(finding.evidence))}::text[],
        ${column((finding) => finding.status)}::text[],
        ${column((finding) => finding.exceptionId)}::text[],
        ${column((finding) => firstSeenAt(finding.fingerprint).toISOString())}::timestamptz[]
      ) AS u(fingerprint, check_id, quick_win, severity, namespace, object_kind, object_name, container, message,
             evidence, status, exception_id, first_seen_at)`;
  }
}

/**
 * Stores a scan's findings, aggregates and summary in one transaction and compares it with the
 * previous good scan by fingerprint: new, still open (first-seen date carried forward), resolved.
 * Either everything lands or nothing does.
 */
export async function completeScan(scanId: string, completion: TCompletion, options: TCompletionOptions = {}): Promise<{ new: number; resolved: number }> {
  const { summary } = completion;
  let stepStart = performance.now();
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
  options.onPhase?.("compare", performance.now() - stepStart);
  stepStart = performance.now();

  await db().$transaction(
    async (tx) => {
      await tx.finding.deleteMany({ where: { scanId } });
      await tx.scanAggregate.deleteMany({ where: { scanId } });
      await insertFindings(tx, scanId, scan.clusterId, summary.findings, (fingerprint) => firstSeen.get(fingerprint) ?? seenAt);
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
  options.onPhase?.("persist", performance.now() - stepStart);
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
