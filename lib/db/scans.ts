import "server-only";
import type { TImageVulnerabilityRow } from "../checks/rules/images/vulnerability-summary";
import type { TAggregateRow, TFindingRow, TScanSummary } from "../scans/summarize";
import { db } from "./client";
import { Prisma } from "../../prisma/generated/client";
import type { TText } from "../checks/text";

const GOOD: ("succeeded" | "partial")[] = ["succeeded", "partial"];

const storedText = (said: TText | undefined) => (said ? (said as unknown as Prisma.InputJsonValue) : Prisma.DbNull);

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
/** `error` in English (logs, older readers); `errorText` the same as a catalogue text, shown in the reader's language. */
export async function failScan(scanId: string, phase: string, error: string, errorText?: TText, finishedAt = new Date()): Promise<void> {
  await db().scan.update({ where: { id: scanId }, data: { status: "failed", phase, error: error.slice(0, 2_000), errorText: storedText(errorText), finishedAt } });
}

/**
 * A scan whose worker stopped before it finished (graceful shutdown): back to "queued" when its
 * job will be retried, else "failed" with the reason. A scan that finished meanwhile is left as it
 * is. Returns the status it now has, or null when it had already finished.
 */
export async function handBackScan(scanId: string, retried: boolean, reason: string, reasonText?: TText): Promise<"queued" | "failed" | null> {
  const unfinished = { id: scanId, status: { in: ["queued" as const, "running" as const] } };
  const result = retried
    ? await db().scan.updateMany({ where: unfinished, data: { status: "queued", phase: null, progress: 0, startedAt: null, error: null, errorText: Prisma.DbNull } })
    : await db().scan.updateMany({ where: unfinished, data: { status: "failed", error: reason.slice(0, 2_000), errorText: storedText(reasonText), finishedAt: new Date() } });
  return result.count > 0 ? (retried ? "queued" : "failed") : null;
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
  /** Trivy's critical/high counts per workload container (none when the cluster has no report). */
  imageVulnerabilities?: TImageVulnerabilityRow[];
}

export interface TCompletionOptions {
  /**
   * Called as each step ends, with its wall time (benchmarks). "compare" finds the previous good
   * scan and counts its findings; carrying first-seen dates forward and counting what is still
   * open happen inside "persist", in the statements that insert the rows.
   */
  onPhase?: (phase: "compare" | "persist", ms: number) => void;
}

/** Each statement inserts this many rows (one array per column, a few MB of text for findings). */
const FINDING_BATCH = 10_000;

interface TInsertTarget {
  scanId: string;
  clusterId: string;
  /** The previous good scan: rows with the same fingerprint there keep their first-seen date. */
  previousScanId: string | null;
  /** First-seen date of findings the previous scan did not have. */
  seenAt: Date;
}

/**
 * Inserts findings column-wise: one `INSERT … SELECT FROM unnest(arrays)` per batch, one bound
 * array per column whatever the batch size (createMany binds one parameter per field and row, and
 * took longer than the transaction's 5 minutes for the 209k findings of the 50,000-Pod benchmark
 * cluster).
 * Each row is matched with the previous scan's row of the same fingerprint through the
 * (scan_id, fingerprint) unique index, in the database: its first-seen date is carried forward
 * and the matches are counted, so the previous scan's findings never travel to this process.
 * Returns how many findings the previous scan already had (still open or still waived).
 */
async function insertFindings(tx: Prisma.TransactionClient, target: TInsertTarget, findings: readonly TFindingRow[]): Promise<number> {
  let carried = 0;
  for (let start = 0; start < findings.length; start += FINDING_BATCH) {
    const batch = findings.slice(start, start + FINDING_BATCH);
    const column = <T>(pick: (finding: TFindingRow) => T): T[] => batch.map(pick);
    const [counted] = await tx.$queryRaw<{ carried: number }[]>`
      WITH batch AS (
        SELECT u.*, previous.first_seen_at AS carried_at
        FROM unnest(
          ${column((finding) => finding.fingerprint)}::text[],
          ${column((finding) => finding.checkId)}::text[],
          ${column((finding) => finding.quickWin)}::text[],
          ${column((finding) => finding.severity)}::text[],
          ${column((finding) => finding.namespace)}::text[],
          ${column((finding) => finding.objectKind)}::text[],
          ${column((finding) => finding.objectName)}::text[],
          ${column((finding) => finding.container)}::text[],
          ${column((finding) => JSON.stringify(finding.message))}::text[],
          ${column((finding) => JSON.stringify(finding.evidence))}::text[],
          ${column((finding) => (finding.remediation ? JSON.stringify(finding.remediation) : null))}::text[],
          ${column((finding) => finding.status)}::text[],
          ${column((finding) => finding.exceptionId)}::text[]
        ) AS u(fingerprint, check_id, quick_win, severity, namespace, object_kind, object_name, container, message,
               evidence, remediation, status, exception_id)
        LEFT JOIN findings previous ON previous.scan_id = ${target.previousScanId}::uuid AND previous.fingerprint = u.fingerprint
      ), inserted AS (
        INSERT INTO findings (id, scan_id, cluster_id, fingerprint, check_id, quick_win, severity, namespace, object_kind,
                              object_name, container, message, evidence, remediation, status, exception_id, first_seen_at)
        SELECT gen_random_uuid(), ${target.scanId}::uuid, ${target.clusterId}::uuid, fingerprint, check_id, quick_win::"QuickWin",
               severity::"Severity", namespace, object_kind, object_name, container, message::jsonb, evidence::jsonb,
               remediation::jsonb, status::"FindingStatus", exception_id::uuid, COALESCE(carried_at, ${target.seenAt}::timestamptz)
        FROM batch
      )
      SELECT (count(*) FILTER (WHERE carried_at IS NOT NULL))::int AS carried FROM batch`;
    carried += counted?.carried ?? 0;
  }
  return carried;
}

/**
 * Inserts the per-namespace aggregates the same way (one row per namespace and quick win: ~15k
 * rows for 2,000 namespaces, which createMany took 10–17 s to write on the benchmark machine).
 */
async function insertAggregates(tx: Prisma.TransactionClient, scanId: string, aggregates: readonly TAggregateRow[]): Promise<void> {
  for (let start = 0; start < aggregates.length; start += FINDING_BATCH) {
    const batch = aggregates.slice(start, start + FINDING_BATCH);
    const column = <T>(pick: (row: TAggregateRow) => T): T[] => batch.map(pick);
    await tx.$executeRaw`
      INSERT INTO scan_aggregates (scan_id, namespace, quick_win, pass, fail, waived, not_assessable, weighted_pass, weighted_fail,
                                   weighted_waived, open_critical, open_high, open_medium, open_low)
      SELECT ${scanId}::uuid, u.namespace, u.quick_win::"QuickWin", u.pass, u.fail, u.waived, u.not_assessable, u.weighted_pass,
             u.weighted_fail, u.weighted_waived, u.open_critical, u.open_high, u.open_medium, u.open_low
      FROM unnest(
        ${column((row) => row.namespace)}::text[],
        ${column((row) => row.quickWin)}::text[],
        ${column((row) => row.tally.counts.pass)}::int[],
        ${column((row) => row.tally.counts.fail)}::int[],
        ${column((row) => row.tally.counts.waived)}::int[],
        ${column((row) => row.tally.counts.not_assessable)}::int[],
        ${column((row) => row.tally.weighted.pass)}::int[],
        ${column((row) => row.tally.weighted.fail)}::int[],
        ${column((row) => row.tally.weighted.waived)}::int[],
        ${column((row) => row.tally.openBySeverity.critical)}::int[],
        ${column((row) => row.tally.openBySeverity.high)}::int[],
        ${column((row) => row.tally.openBySeverity.medium)}::int[],
        ${column((row) => row.tally.openBySeverity.low)}::int[]
      ) AS u(namespace, quick_win, pass, fail, waived, not_assessable, weighted_pass, weighted_fail, weighted_waived,
             open_critical, open_high, open_medium, open_low)`;
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
  // Counted before the rows are matched: a finished scan's findings never grow (retention may
  // only remove them), so the matches can never outnumber this count.
  const previousCount = previous ? await db().finding.count({ where: { scanId: previous.id } }) : 0;
  options.onPhase?.("compare", performance.now() - stepStart);
  stepStart = performance.now();
  let created = 0;
  let resolved = 0;

  await db().$transaction(
    async (tx) => {
      await tx.finding.deleteMany({ where: { scanId } });
      await tx.scanAggregate.deleteMany({ where: { scanId } });
      await tx.scanCheckCount.deleteMany({ where: { scanId } });
      const carried = await insertFindings(
        tx,
        { scanId, clusterId: scan.clusterId, previousScanId: previous?.id ?? null, seenAt: scan.startedAt ?? scan.queuedAt },
        summary.findings,
      );
      created = summary.findings.length - carried;
      resolved = previousCount - carried;
      await insertAggregates(tx, scanId, summary.aggregates);
      await tx.scanCheckCount.createMany({ data: summary.checkCounts.map((row) => ({ scanId, ...row })) });
      await tx.scanImageVulnerability.deleteMany({ where: { scanId } });
      await tx.scanImageVulnerability.createMany({
        data: (completion.imageVulnerabilities ?? []).map((row) => ({ scanId, ...row, reportUpdatedAt: row.reportUpdatedAt ? new Date(row.reportUpdatedAt) : null })),
      });
      await tx.scan.update({
        where: { id: scanId },
        data: {
          status: summary.gaps.some((gap) => gap.kind === "resource") ? "partial" : "succeeded",
          phase: "done",
          progress: 100,
          finishedAt,
          error: null,
          errorText: Prisma.DbNull,
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

/** Retention: finding rows (and image vulnerability rows) of scans finished before `before` go; scans and aggregates stay. */
export async function pruneFindings(before: Date): Promise<number> {
  const result = await db().finding.deleteMany({ where: { scan: { finishedAt: { lt: before } } } });
  await db().scanImageVulnerability.deleteMany({ where: { scan: { finishedAt: { lt: before } } } });
  return result.count;
}
