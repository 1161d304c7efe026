import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TOverview } from "@/lib/api/schemas/overview";
import { gradeFor } from "@/lib/scoring/posture";
import { BAND_COLOURS } from "@/components/matrix/compliance-scale";
import { ScanStatusBadge } from "@/components/scans/scan-status";
import { GradeBadge } from "./grade-badge";

const GRADES = ["A", "B", "C", "D", "F"] as const;

function Stat({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="mt-2">{children}</dd>
    </div>
  );
}

/** The fleet in five numbers; each one is written out (the grade bar is a visual aid only). */
export async function FleetTotals({ totals }: { totals: TOverview["totals"] }) {
  const t = await getTranslations("overview.totals");
  const tg = await getTranslations("overview");
  const format = await getFormatter();
  const meanGrade = gradeFor(totals.meanPosture);
  const segments = ([...GRADES, "none"] as const).map((grade) => ({ grade, count: totals.byGrade[grade] }));
  return (
    <section aria-labelledby="fleet-totals-title">
      <h2 id="fleet-totals-title" className="sr-only">{t("title")}</h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        <Stat term={t("clusters")}>
          <span className="text-2xl font-semibold tabular-nums">{format.number(totals.clusters)}</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">{t("scanned", { count: totals.scanned })}</span>
        </Stat>
        <Stat term={t("meanPosture")}>
          <span className="flex items-center gap-2">
            <GradeBadge grade={meanGrade} label={tg("gradeLabel")} />
            <span className="text-2xl font-semibold tabular-nums">
              {totals.meanPosture === null ? "—" : format.number(totals.meanPosture, { maximumFractionDigits: 1 })}
            </span>
            <span className="text-xs whitespace-nowrap text-slate-600 dark:text-slate-400">{t("outOf100")}</span>
          </span>
        </Stat>
        <Stat term={t("open")}>
          <span className="flex flex-wrap items-baseline gap-x-3">
            <span><span className="text-2xl font-semibold tabular-nums">{format.number(totals.openCritical)}</span> <span className="text-sm">{t("critical")}</span></span>
            <span><span className="text-2xl font-semibold tabular-nums">{format.number(totals.openHigh)}</span> <span className="text-sm">{t("high")}</span></span>
          </span>
        </Stat>
        <Stat term={t("grades")}>
          <span aria-hidden="true" className="flex h-2 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800">
            {segments.filter((item) => item.count > 0).map((item) => (
              <span key={item.grade} style={{ width: `${(100 * item.count) / Math.max(1, totals.clusters)}%`, backgroundColor: BAND_COLOURS[item.grade] }} />
            ))}
          </span>
          <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {GRADES.map((grade) => (
              <li key={grade} className={totals.byGrade[grade] === 0 ? "text-slate-500 dark:text-slate-400" : "font-medium"}>
                {t("gradeCount", { grade, count: totals.byGrade[grade] })}
              </li>
            ))}
            {totals.byGrade.none > 0 ? <li>{t("gradeNone", { count: totals.byGrade.none })}</li> : null}
          </ul>
        </Stat>
        <Stat term={t("lastScans")}>
          {totals.lastScanFailed + totals.lastScanPartial === 0 ? (
            <span className="text-sm">{t(totals.scanned === 0 ? "noneYet" : "allGood")}</span>
          ) : (
            <span className="flex flex-col gap-1 text-sm">
              {totals.lastScanFailed > 0 ? <ScanStatusBadge status="failed" label={t("failed", { count: totals.lastScanFailed })} /> : null}
              {totals.lastScanPartial > 0 ? <ScanStatusBadge status="partial" label={t("partial", { count: totals.lastScanPartial })} /> : null}
            </span>
          )}
        </Stat>
      </dl>
    </section>
  );
}
