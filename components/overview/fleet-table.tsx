import Link from "next/link";
import { useTranslations } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TOverview } from "@/lib/api/schemas/overview";
import { ScanStatusBadge } from "@/components/scans/scan-status";
import { PostureChange } from "./change";
import { GradeBadge } from "./grade-badge";
import { sortFleet, sortHref, type TFleetSort, type TFleetSortKey } from "./sort";
import { Sparkline } from "./sparkline";

const TH = "py-2 pr-4 font-medium";
const MUTED = "text-xs text-slate-600 dark:text-slate-400";

function SortableHeader({ sort, column, children, className = "" }: { sort: TFleetSort; column: TFleetSortKey; children: ReactNode; className?: string }) {
  const t = useTranslations("overview.sort");
  const active = sort.key === column;
  return (
    <th scope="col" className={`${TH} ${className}`} aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={sortHref(sort, column)} scroll={false} className="inline-flex items-center gap-1 rounded hover:underline">
        {children}
        <span aria-hidden="true" className={active ? "" : "text-slate-400 dark:text-slate-600"}>{active ? (sort.dir === "asc" ? "↑" : "↓") : "↕"}</span>
        <span className="sr-only">{active ? t(sort.dir === "asc" ? "ascending" : "descending") : t("sortable")}</span>
      </Link>
    </th>
  );
}

/**
 * Every cluster of the fleet, one row each. Names come from users: rendered as text only. Numbers
 * are the API's (fleetOverview), so what this table says is what GET /api/overview says.
 */
export async function FleetTable({ overview, sort }: { overview: TOverview; sort: TFleetSort }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const now = overview.generatedAt;
  const clusters = sortFleet(overview.clusters, sort);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("overview.table.caption")}</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <SortableHeader sort={sort} column="name">{t("overview.table.name")}</SortableHeader>
            <SortableHeader sort={sort} column="grade">{t("overview.table.grade")}</SortableHeader>
            <SortableHeader sort={sort} column="change7d">{t("overview.table.change")}</SortableHeader>
            <th scope="col" className={TH}>{t("overview.table.trend")}</th>
            <SortableHeader sort={sort} column="open">{t("overview.table.open")}</SortableHeader>
            <SortableHeader sort={sort} column="lastScan" className="pr-0">{t("overview.table.scans")}</SortableHeader>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {clusters.map((cluster) => {
            const last = cluster.lastScan;
            const flagged = last?.status === "failed" || last?.status === "partial";
            return (
              <tr key={cluster.id} className={last?.status === "failed" ? "bg-red-50/60 dark:bg-red-950/20" : last?.status === "partial" ? "bg-amber-50/60 dark:bg-amber-950/20" : undefined}>
                <th scope="row" className="py-3 pr-4 align-top font-medium">
                  <Link href={`/clusters/${cluster.id}`} className="block min-w-32 break-words text-brand-700 hover:underline dark:text-sky-300">{cluster.name}</Link>
                  <span className={`${MUTED} font-normal`}>{t(`environment.${cluster.environment}`)}</span>
                </th>
                <td className="py-3 pr-4 align-top">
                  <span className="flex items-center gap-2">
                    <GradeBadge grade={cluster.grade} label={t("overview.gradeLabel")} />
                    <span className="tabular-nums">
                      {cluster.postureScore === null ? (
                        <span className={MUTED}>{t("overview.table.noScore")}</span>
                      ) : (
                        <span className="font-semibold" title={t("overview.table.outOf100")}>{format.number(cluster.postureScore, { maximumFractionDigits: 1 })}</span>
                      )}
                    </span>
                  </span>
                </td>
                <td className="py-3 pr-4 align-top">
                  <span className="grid grid-cols-[auto_auto] justify-start gap-x-2">
                    <span className={`${MUTED} whitespace-nowrap`}>{t("overview.table.days7")}</span>
                    <PostureChange value={cluster.change7d} />
                    <span className={`${MUTED} whitespace-nowrap`}>{t("overview.table.days30")}</span>
                    <PostureChange value={cluster.change30d} />
                  </span>
                </td>
                <td className="py-3 pr-4 align-top"><Sparkline points={cluster.sparkline} clusterName={cluster.name} /></td>
                <td className="py-3 pr-4 align-top whitespace-nowrap tabular-nums">
                  {cluster.currentScan ? (
                    <>
                      <span className="block"><span className="font-semibold">{format.number(cluster.openCritical)}</span> {t("overview.table.critical")}</span>
                      <span className="block"><span className="font-semibold">{format.number(cluster.openHigh)}</span> {t("overview.table.high")}</span>
                    </>
                  ) : <span className={MUTED}>—</span>}
                </td>
                <td className="max-w-64 py-3 align-top">
                  {last ? (
                    <>
                      <Link href={`/scans/${last.id}`} className="hover:underline">
                        <ScanStatusBadge status={last.status} label={t(`scanStatus.${last.status}`)} />
                      </Link>
                      <span className={`block ${MUTED}`}>{t("overview.table.lastAt", { age: format.relativeTime(last.at, now) })}</span>
                      {last.status === "failed" && last.error ? (
                        <span className="mt-1 block line-clamp-3 break-words text-xs text-red-800 dark:text-red-300">{last.error}</span>
                      ) : null}
                      {flagged && cluster.currentScan && cluster.currentScan.id !== last.id && cluster.currentScan.finishedAt ? (
                        <span className={`mt-1 block ${MUTED}`}>{t("overview.table.numbersFrom", { age: format.relativeTime(cluster.currentScan.finishedAt, now) })}</span>
                      ) : null}
                    </>
                  ) : (
                    <span className={`block ${MUTED}`}>{t("overview.table.notScanned")}</span>
                  )}
                  {cluster.nextScanAt ? (
                    <span className={`mt-1 block ${MUTED}`}>
                      {t("overview.table.next")}{" "}
                      <time dateTime={new Date(cluster.nextScanAt).toISOString()} title={format.dateTime(cluster.nextScanAt, { dateStyle: "full", timeStyle: "short" })}>
                        {format.relativeTime(cluster.nextScanAt, now)}
                      </time>
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
