import "server-only";
import { z } from "zod";
import { ZDateTime, ZId } from "../../api/schemas/common";
import type { TScanDetail, TScanDiff, TScanList, TScanListItem, TScanListQuery } from "../../api/schemas/scans";
import { AppError } from "../../errors";
import type { TText } from "../../checks/text";
import { checkTexts } from "../../i18n/check-texts";
import { DEFAULT_LOCALE, type TLocale } from "../../i18n/locale";
import type { TGrade } from "../../scoring/posture";
import type { TScanGap } from "../../scans/summarize";
import { db } from "../client";
import { Prisma, type Scan } from "../../../prisma/generated/client";
import { currentScanOf, currentScansOf } from "./clusters";
import { decodeCursor, encodeCursor } from "./cursor";
import { afterCursor, pageOf, rulesFor, selectFindings, ZFindingCursor } from "./findings";

function toListItem(scan: Scan): TScanListItem {
  return {
    id: scan.id,
    clusterId: scan.clusterId,
    status: scan.status,
    phase: scan.phase,
    progress: scan.progress,
    queuedAt: scan.queuedAt,
    startedAt: scan.startedAt,
    finishedAt: scan.finishedAt,
    durationMs: scan.startedAt && scan.finishedAt ? scan.finishedAt.getTime() - scan.startedAt.getTime() : null,
    postureScore: scan.postureScore,
    grade: scan.grade as TGrade | null,
    counts: { open: scan.findingsOpen, waived: scan.findingsWaived, new: scan.findingsNew, resolved: scan.findingsResolved },
    demo: scan.demo,
  };
}

const ZScanCursor = z.object({ t: ZDateTime, id: ZId });

/** Scans newest first (by queue time, then id), optionally of one cluster and one status. */
export async function listScans(query: TScanListQuery): Promise<TScanList> {
  const cursor = decodeCursor(query.cursor, ZScanCursor);
  const where: Prisma.ScanWhereInput = {
    ...(query.clusterId ? { clusterId: query.clusterId } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(cursor ? { OR: [{ queuedAt: { lt: cursor.t } }, { queuedAt: cursor.t, id: { lt: cursor.id } }] } : {}),
  };
  const rows = await db().scan.findMany({ where, orderBy: [{ queuedAt: "desc" }, { id: "desc" }], take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toListItem),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ t: last.queuedAt.toISOString(), id: last.id }) : null,
  };
}

async function requireScan(scanId: string): Promise<Scan> {
  const scan = await db().scan.findUnique({ where: { id: scanId } });
  if (!scan) throw new AppError("not_found", "notFound", { what: "scan" });
  return scan;
}

/** One scan; its coverage gaps' reasons in `locale` (stored as catalogue texts, or English for older scans). */
export async function scanDetail(scanId: string, locale: TLocale = DEFAULT_LOCALE): Promise<TScanDetail> {
  const scan = await requireScan(scanId);
  const current = await currentScanOf(scan.clusterId);
  return detailOf(scan, current?.id === scan.id, locale);
}

/** scanDetail of several scans in two reads: scan id → its detail; not_found when any is unknown. */
export async function scanDetails(scanIds: readonly string[], locale: TLocale = DEFAULT_LOCALE): Promise<Map<string, TScanDetail>> {
  const wanted = [...new Set(scanIds)];
  if (wanted.length === 0) return new Map();
  const scans = await db().scan.findMany({ where: { id: { in: wanted } } });
  if (scans.length !== wanted.length) throw new AppError("not_found", "notFound", { what: "scan" });
  const currents = await currentScansOf(scans.map((scan) => scan.clusterId));
  return new Map(scans.map((scan) => [scan.id, detailOf(scan, currents.get(scan.clusterId)?.id === scan.id, locale)]));
}

function detailOf(scan: Scan, isCurrent: boolean, locale: TLocale): TScanDetail {
  const { say } = checkTexts(locale);
  return {
    ...toListItem(scan),
    // Older failed scans have only their English words.
    error: scan.errorText ? say(scan.errorText as unknown as TText) : scan.error,
    coverageGaps: Array.isArray(scan.coverageGaps) ? (scan.coverageGaps as unknown as TScanGap[]).map((gap) => ({ ...gap, reason: say(gap.reason) })) : [],
    ratingsVersionId: scan.ratingsVersionId,
    previousScanId: scan.previousScanId,
    evaluations: scan.evaluations,
    objectCounts: (scan.objectCounts && typeof scan.objectCounts === "object" && !Array.isArray(scan.objectCounts) ? scan.objectCounts : {}) as Record<string, number>,
    isCurrent,
  };
}

/**
 * New and resolved findings against the previous good scan the scan was compared with, by
 * fingerprint (what completeScan counted). The (scan_id, fingerprint) unique index answers
 * each NOT EXISTS.
 */
export async function scanDiff(scanId: string, query: { kind: "new" | "resolved"; cursor?: string; limit: number }, locale: TLocale = DEFAULT_LOCALE): Promise<TScanDiff> {
  const scan = await requireScan(scanId);
  const cursor = decodeCursor(query.cursor, ZFindingCursor);
  const base = { scanId: scan.id, previousScanId: scan.previousScanId, kind: query.kind, counts: { new: scan.findingsNew, resolved: scan.findingsResolved } };
  if (scan.status !== "succeeded" && scan.status !== "partial") return { ...base, findingsAvailable: false, items: [], nextCursor: null };
  const kept = await db().finding.groupBy({ by: ["scanId"], where: { scanId: { in: [scan.id, ...(scan.previousScanId ? [scan.previousScanId] : [])] } }, _count: true });
  const rowsOf = (id: string) => kept.find((row) => row.scanId === id)?._count ?? 0;
  // Rows pruned by retention: the scan recorded findings but none are kept any more.
  const pruned = (id: string, recorded: number) => recorded > 0 && rowsOf(id) === 0;
  const previous = scan.previousScanId ? await db().scan.findUnique({ where: { id: scan.previousScanId } }) : null;
  const findingsAvailable = !pruned(scan.id, scan.findingsOpen + scan.findingsWaived) && !(previous && pruned(previous.id, previous.findingsOpen + previous.findingsWaived));
  if (!findingsAvailable) return { ...base, findingsAvailable, items: [], nextCursor: null };

  const [from, against] = query.kind === "new" ? [scan.id, scan.previousScanId] : [scan.previousScanId, scan.id];
  if (!from) return { ...base, findingsAvailable, items: [], nextCursor: null };
  const notIn = against
    ? Prisma.sql`NOT EXISTS (SELECT 1 FROM findings o WHERE o.scan_id = ${against}::uuid AND o.fingerprint = f.fingerprint)`
    : Prisma.sql`TRUE`;
  const rules = await rulesFor(scan.clusterId);
  const items = await selectFindings(
    Prisma.sql`f.scan_id = ${from}::uuid AND ${notIn} AND ${afterCursor(cursor)}`,
    rules,
    Prisma.sql`ORDER BY f.severity, f.id LIMIT ${query.limit + 1}`,
    locale,
  );
  return { ...base, findingsAvailable, ...pageOf(items, query.limit) };
}
