import "server-only";
// Exceptions apply immediately: a finding's status "now" is computed at query time from the
// exceptions in force, with the engine's matching rule (lib/checks/engine.ts exceptionWaiver:
// same check, and every field the exception names equal to the finding's). Annotation waivers
// (recorded waived with no exception) stay waived. Expressed once, in SQL, over alias `f`
// (findings), so lists, filters, counts and aggregates shifts all agree.
import type { TExceptionRule } from "../../checks/types";
import type { TQuickWinId } from "../../scoring/quick-wins";
import type { TSeverityLevel } from "../../scoring/weights";
import { db } from "../client";
import { Prisma } from "../../../prisma/generated/client";
import type { TStatusShift } from "./tallies";

export type TScopedRule = Pick<TExceptionRule, "id" | "checkId" | "namespace" | "objectKind" | "objectName" | "container"> & { clusterId?: string };

function ruleMatches(rule: TScopedRule): Prisma.Sql {
  const parts = [Prisma.sql`f.check_id = ${rule.checkId}`];
  if (rule.clusterId !== undefined) parts.push(Prisma.sql`f.cluster_id = ${rule.clusterId}::uuid`);
  if (rule.namespace !== undefined) parts.push(Prisma.sql`f.namespace = ${rule.namespace}`);
  if (rule.objectKind !== undefined) parts.push(Prisma.sql`f.object_kind = ${rule.objectKind}`);
  if (rule.objectName !== undefined) parts.push(Prisma.sql`f.object_name = ${rule.objectName}`);
  if (rule.container !== undefined) parts.push(Prisma.sql`f.container = ${rule.container}`);
  return Prisma.join(parts, " AND ", "(", ")");
}

/** The id of the first exception in force that covers the finding, or NULL. */
export function coveringExceptionSql(rules: readonly TScopedRule[]): Prisma.Sql {
  if (rules.length === 0) return Prisma.sql`NULL::uuid`;
  const cases = rules.map((rule) => Prisma.sql`WHEN ${ruleMatches(rule)} THEN ${rule.id}::uuid`);
  return Prisma.sql`(CASE ${Prisma.join(cases, " ")} ELSE NULL::uuid END)`;
}

function anyRuleSql(rules: readonly TScopedRule[]): Prisma.Sql {
  if (rules.length === 0) return Prisma.sql`FALSE`;
  return Prisma.join(rules.map(ruleMatches), " OR ", "(", ")");
}

/** True when the finding is waived now: by an annotation (as recorded) or by an exception in force. */
export function waivedNowSql(rules: readonly TScopedRule[]): Prisma.Sql {
  return Prisma.sql`((f.status = 'waived' AND f.exception_id IS NULL) OR ${anyRuleSql(rules)})`;
}

/**
 * Counts the findings of `scanIds` whose status now differs from the recorded one, grouped as
 * aggregates are. `candidateChecks` bounds the read to checks some exception touched (the
 * (scan_id, check_id) index), so a scan with no exception activity costs nothing.
 */
export async function statusShifts(scanIds: readonly string[], rules: readonly TScopedRule[], candidateChecks: readonly string[]): Promise<Map<string, TStatusShift[]>> {
  const byScan = new Map<string, TStatusShift[]>();
  if (scanIds.length === 0 || candidateChecks.length === 0) return byScan;
  const any = anyRuleSql(rules);
  const rows = await db().$queryRaw<{ scan_id: string; namespace: string | null; quick_win: TQuickWinId; severity: TSeverityLevel; status: "open" | "waived"; n: number }[]>`
    SELECT f.scan_id, f.namespace, f.quick_win::text AS quick_win, f.severity::text AS severity, f.status::text AS status, COUNT(*)::int AS n
    FROM findings f
    WHERE f.scan_id = ANY(${[...scanIds]}::uuid[])
      AND f.check_id = ANY(${[...candidateChecks]}::text[])
      AND ((f.status = 'open' AND ${any}) OR (f.status = 'waived' AND f.exception_id IS NOT NULL AND NOT ${any}))
    GROUP BY 1, 2, 3, 4, 5`;
  for (const row of rows) {
    const list = byScan.get(row.scan_id) ?? [];
    list.push({ namespace: row.namespace, quickWin: row.quick_win, severity: row.severity, from: row.status, count: row.n });
    byScan.set(row.scan_id, list);
  }
  return byScan;
}

/**
 * In one read, for several clusters: the checks of every exception in force at some time after
 * `since` (the candidates whose findings may have changed status since a scan started), and the
 * rules in force at `now` (activeExceptionRules semantics: not revoked, not expired).
 */
export async function exceptionsSince(clusterIds: readonly string[], since: Date, now = new Date()): Promise<{ touched: Map<string, string[]>; rules: TScopedRule[] }> {
  const rows = await db().riskException.findMany({
    where: { clusterId: { in: [...clusterIds] }, OR: [{ revokedAt: null, expiresAt: { gt: since } }, { revokedAt: { gt: since } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const touched = new Map<string, string[]>();
  for (const row of rows) touched.set(row.clusterId, [...new Set([...(touched.get(row.clusterId) ?? []), row.checkId])]);
  const rules = rows.filter((row) => row.revokedAt === null && row.expiresAt > now).map((row) => ({
    id: row.id,
    clusterId: row.clusterId,
    checkId: row.checkId,
    ...(row.namespace !== null ? { namespace: row.namespace } : {}),
    ...(row.objectKind !== null ? { objectKind: row.objectKind } : {}),
    ...(row.objectName !== null ? { objectName: row.objectName } : {}),
    ...(row.container !== null ? { container: row.container } : {}),
  }));
  return { touched, rules };
}
