import "server-only";
import type { TQuickWinChecks } from "../../api/schemas/quick-wins";
import { CHECKS } from "../../checks/registry";
import { checkTexts } from "../../i18n/check-texts";
import { DEFAULT_LOCALE, type TLocale } from "../../i18n/locale";
import { SEVERITIES } from "../../scoring/weights";
import type { TQuickWinId } from "../../scoring/quick-wins";
import { db } from "../client";
import { currentScanOf, requireCluster } from "./clusters";
import { waivedNowSql } from "./exception-status";
import { rulesFor } from "./findings";

/**
 * A quick win's checks with their pass / fail / waived / not-assessable counts in the cluster's
 * current scan. Counts are those the scan recorded, moved between fail and waived for findings
 * whose exception was created, revoked or expired since (as the matrix does).
 */
export async function quickWinChecks(clusterId: string, quickWin: TQuickWinId, locale: TLocale = DEFAULT_LOCALE): Promise<TQuickWinChecks> {
  await requireCluster(clusterId);
  const scan = await currentScanOf(clusterId);
  const counts = new Map<string, { pass: number; fail: number; waived: number; notAssessable: number }>();
  if (scan) {
    const [recorded, rules] = await Promise.all([
      db().scanCheckCount.findMany({ where: { scanId: scan.id, quickWin } }),
      rulesFor(clusterId),
    ]);
    for (const row of recorded) counts.set(row.checkId, { pass: row.pass, fail: row.fail, waived: row.waived, notAssessable: row.notAssessable });
    const waivedNow = waivedNowSql(rules);
    const shifted = await db().$queryRaw<{ check_id: string; status: "open" | "waived"; n: number }[]>`
      SELECT f.check_id, f.status::text AS status, COUNT(*)::int AS n
      FROM findings f
      WHERE f.scan_id = ${scan.id}::uuid AND f.quick_win = ${quickWin}::"QuickWin"
        AND ((f.status = 'open' AND ${waivedNow}) OR (f.status = 'waived' AND NOT ${waivedNow}))
      GROUP BY 1, 2`;
    for (const row of shifted) {
      const own = counts.get(row.check_id);
      if (!own) continue;
      const sign = row.status === "open" ? 1 : -1; // +1: fail → waived
      own.fail -= sign * row.n;
      own.waived += sign * row.n;
    }
  }
  const texts = checkTexts(locale);
  const checks = CHECKS.filter((check) => check.quickWin === quickWin)
    .map((check) => ({
      checkId: check.id,
      title: texts.title(check.id),
      severity: check.severity,
      cis: check.cis ?? null,
      pss: check.pss ?? null,
      ...(counts.get(check.id) ?? { pass: 0, fail: 0, waived: 0, notAssessable: 0 }),
    }))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.fail - a.fail || a.checkId.localeCompare(b.checkId));
  return { quickWin, scan: scan ? { id: scan.id, status: scan.status, finishedAt: scan.finishedAt } : null, checks };
}
