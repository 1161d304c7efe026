import "server-only";
import { z } from "zod";
import { ZId } from "../../api/schemas/common";
import type { TFinding, TFindingDetail, TFindingPage, TFindingsQuery } from "../../api/schemas/findings";
import { checkById } from "../../checks/registry";
import { renderRemediation, type TStoredRemediation } from "../../checks/render-remediation";
import { AppError } from "../../errors";
import type { TStoredText } from "../../checks/text";
import { checkTexts, type TCheckTexts } from "../../i18n/check-texts";
import { DEFAULT_LOCALE, type TLocale } from "../../i18n/locale";
import type { TQuickWinId } from "../../scoring/quick-wins";
import { SEVERITIES, type TSeverityLevel } from "../../scoring/weights";
import { db } from "../client";
import { activeExceptionRules } from "../exceptions";
import { Prisma } from "../../../prisma/generated/client";
import { currentScanOf, requireCluster } from "./clusters";
import { decodeCursor, encodeCursor } from "./cursor";
import { coveringExceptionSql, waivedNowSql, type TScopedRule } from "./exception-status";

interface TFindingRow {
  id: string;
  scan_id: string;
  cluster_id: string;
  fingerprint: string;
  check_id: string;
  quick_win: TQuickWinId;
  severity: TSeverityLevel;
  namespace: string | null;
  object_kind: string;
  object_name: string;
  container: string | null;
  /** A catalogue text, or the English sentence of rows stored before messages were translated. */
  message: TStoredText;
  evidence: unknown;
  recorded_status: "open" | "waived";
  exception_id: string | null;
  first_seen_at: Date;
  covering_exception_id: string | null;
}

function toFinding(row: TFindingRow, say: TCheckTexts["say"]): TFinding {
  const waivedBy: TFinding["waivedBy"] = row.covering_exception_id
    ? { source: "exception", exceptionId: row.covering_exception_id }
    : row.recorded_status === "waived" && row.exception_id === null ? { source: "annotation" } : null;
  const evidence = row.evidence && typeof row.evidence === "object" && !Array.isArray(row.evidence) ? (row.evidence as Record<string, unknown>) : {};
  return {
    id: row.id,
    scanId: row.scan_id,
    clusterId: row.cluster_id,
    fingerprint: row.fingerprint,
    checkId: row.check_id,
    quickWin: row.quick_win,
    severity: row.severity,
    namespace: row.namespace,
    objectKind: row.object_kind,
    objectName: row.object_name,
    container: row.container,
    message: say(row.message),
    evidence,
    status: waivedBy ? "waived" : "open",
    recordedStatus: row.recorded_status,
    waivedBy,
    firstSeenAt: row.first_seen_at,
  };
}

/** Finding rows (alias f) matching `where`, with their status now under `rules` and their message in `locale`. */
export async function selectFindings(where: Prisma.Sql, rules: readonly TScopedRule[], tail: Prisma.Sql = Prisma.empty, locale: TLocale = DEFAULT_LOCALE): Promise<TFinding[]> {
  const rows = await db().$queryRaw<TFindingRow[]>`
    SELECT f.id, f.scan_id, f.cluster_id, f.fingerprint, f.check_id, f.quick_win::text AS quick_win,
           f.severity::text AS severity, f.namespace, f.object_kind, f.object_name, f.container, f.message,
           f.evidence, f.status::text AS recorded_status, f.exception_id, f.first_seen_at,
           ${coveringExceptionSql(rules)} AS covering_exception_id
    FROM findings f
    WHERE ${where}
    ${tail}`;
  const { say } = checkTexts(locale);
  return rows.map((row) => toFinding(row, say));
}

/** The order of every finding list: severity (critical first), then id: a total order, so pages never overlap. */
export const ZFindingCursor = z.object({ s: z.enum(SEVERITIES), id: ZId });

export function afterCursor(cursor: z.infer<typeof ZFindingCursor> | undefined): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  return Prisma.sql`(f.severity > ${cursor.s}::"Severity" OR (f.severity = ${cursor.s}::"Severity" AND f.id > ${cursor.id}::uuid))`;
}

export function pageOf(items: TFinding[], limit: number): { items: TFinding[]; nextCursor: string | null } {
  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { items: page, nextCursor: items.length > limit && last ? encodeCursor({ s: last.severity, id: last.id }) : null };
}

export async function rulesFor(clusterId: string): Promise<TScopedRule[]> {
  return activeExceptionRules(clusterId);
}

/** Findings of the cluster's current scan, filtered, with statuses as of now. */
export async function listFindings(clusterId: string, query: TFindingsQuery, locale: TLocale = DEFAULT_LOCALE): Promise<TFindingPage> {
  await requireCluster(clusterId);
  const cursor = decodeCursor(query.cursor, ZFindingCursor);
  const scan = await currentScanOf(clusterId);
  if (!scan) return { scan: null, total: 0, items: [], nextCursor: null };
  const rules = await rulesFor(clusterId);
  const filters: Prisma.Sql[] = [Prisma.sql`f.scan_id = ${scan.id}::uuid`];
  if (query.quickWin) filters.push(Prisma.sql`f.quick_win = ${query.quickWin}::"QuickWin"`);
  if (query.severity) filters.push(Prisma.sql`f.severity = ${query.severity}::"Severity"`);
  if (query.namespace) filters.push(Prisma.sql`f.namespace = ${query.namespace}`);
  if (query.check) filters.push(Prisma.sql`f.check_id = ${query.check}`);
  if (query.status === "waived") filters.push(waivedNowSql(rules));
  if (query.status === "open") filters.push(Prisma.sql`NOT ${waivedNowSql(rules)}`);
  const where = Prisma.join(filters, " AND ");
  const [items, counted] = await Promise.all([
    selectFindings(Prisma.sql`${where} AND ${afterCursor(cursor)}`, rules, Prisma.sql`ORDER BY f.severity, f.id LIMIT ${query.limit + 1}`, locale),
    db().$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM findings f WHERE ${where}`,
  ]);
  return {
    scan: { id: scan.id, status: scan.status, finishedAt: scan.finishedAt },
    total: counted[0]?.n ?? 0,
    ...pageOf(items, query.limit),
  };
}

/** One finding with the history of its fingerprint across the cluster's kept scans. */
export async function findingDetail(findingId: string, locale: TLocale = DEFAULT_LOCALE): Promise<TFindingDetail> {
  const stored = await db().finding.findUnique({ where: { id: findingId }, select: { clusterId: true, fingerprint: true, checkId: true, remediation: true } });
  if (!stored) throw new AppError("not_found", "notFound", { what: "finding" });
  const rules = await rulesFor(stored.clusterId);
  const [finding] = await selectFindings(Prisma.sql`f.id = ${findingId}::uuid`, rules, Prisma.empty, locale);
  if (!finding) throw new AppError("not_found", "notFound", { what: "finding" });
  const [current, occurrences] = await Promise.all([
    currentScanOf(stored.clusterId),
    db().finding.findMany({
      where: { clusterId: stored.clusterId, fingerprint: stored.fingerprint },
      select: { id: true, scanId: true, status: true, firstSeenAt: true, scan: { select: { status: true, finishedAt: true, queuedAt: true } } },
      take: 1_000,
    }),
  ]);
  occurrences.sort((a, b) => (a.scan.finishedAt ?? a.scan.queuedAt).getTime() - (b.scan.finishedAt ?? b.scan.queuedAt).getTime());
  const check = checkById(stored.checkId);
  const texts = checkTexts(locale);
  return {
    ...finding,
    check: check ? { title: texts.title(check.id), why: texts.why(check.id), cis: check.cis ?? null, pss: check.pss ?? null } : null,
    remediation: stored.remediation ? renderRemediation(stored.remediation as unknown as TStoredRemediation, locale) : null,
    history: {
      firstSeenAt: occurrences.reduce((min, row) => (row.firstSeenAt < min ? row.firstSeenAt : min), finding.firstSeenAt),
      currentScanId: current?.id ?? null,
      inCurrentScan: current ? occurrences.some((row) => row.scanId === current.id) : false,
      scans: occurrences.map((row) => ({ scanId: row.scanId, findingId: row.id, scanStatus: row.scan.status, finishedAt: row.scan.finishedAt, status: row.status })),
    },
  };
}
