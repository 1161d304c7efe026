import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { requireCluster } from "@/lib/db/queries/clusters";
import { listScans } from "@/lib/db/queries/scans";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { loadForView } from "@/lib/db/load";
import { GradeBadge } from "@/components/overview/grade-badge";
import { formatDuration, type TUnitOptions } from "./duration";
import { loadById, withCursor } from "./load-scan";
import { ScanStatusBadge } from "./scan-status";

const PAGE_SIZE = 25;
const MUTED = "text-xs text-slate-600 dark:text-slate-400";
const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";
const TH = "py-2 pr-4";

async function ScanHistory({ cluster, cursor }: { cluster: { id: string; name: string }; cursor?: string }) {
  await connection();
  const t = await getTranslations();
  const format = await getFormatter();
  const loaded = await loadForView(() => withCursor(cursor, (valid) => listScans({ clusterId: cluster.id, cursor: valid, limit: PAGE_SIZE })));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const page = loaded.data;
  const time = (date: Date) => format.dateTime(date, { timeStyle: "medium" });
  const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();
  return (
      <Card labelledBy="scan-history-title">
        <h2 id="scan-history-title" className="sr-only">{t("scans.history.caption", { name: cluster.name })}</h2>
        {page.items.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("scans.history.empty")}</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("scans.history.caption", { name: cluster.name })}</caption>
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-600 dark:border-slate-700 dark:text-slate-400">
                <tr>
                  <th scope="col" className={TH}>{t("scans.history.queued")}</th>
                  <th scope="col" className={TH}>{t("scans.history.status")}</th>
                  <th scope="col" className={TH}>{t("scans.history.ran")}</th>
                  <th scope="col" className={TH}>{t("scans.history.posture")}</th>
                  <th scope="col" className={TH}>{t("scans.history.changes")}</th>
                  <th scope="col" className="py-2">{t("scans.history.findings")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {page.items.map((scan) => {
                  const done = scan.status === "succeeded" || scan.status === "partial";
                  return (
                    <tr key={scan.id}>
                      <th scope="row" className="py-2 pr-4 align-top font-medium">
                        <Link href={`/scans/${scan.id}`} className={LINK}>
                          {format.dateTime(scan.queuedAt, { dateStyle: "medium", timeStyle: "short" })}
                        </Link>
                        {scan.demo ? <span className={`block font-normal ${MUTED}`}>{t("scans.history.demo")}</span> : null}
                      </th>
                      <td className="py-2 pr-4 align-top">
                        <ScanStatusBadge status={scan.status} label={t(`scanStatus.${scan.status}`)} />
                        {scan.status === "running" || scan.status === "queued" ? (
                          <span className={`block ${MUTED}`}>{t("scans.progress.percent", { value: format.number(scan.progress / 100, { style: "percent" }) })}</span>
                        ) : null}
                      </td>
                      <td className="py-2 pr-4 align-top whitespace-nowrap tabular-nums">
                        {scan.startedAt ? (
                          <>
                            <span className="block">{t("scans.history.startedAt", { time: time(scan.startedAt) })}</span>
                            {scan.finishedAt ? (
                              <span className={`block ${MUTED}`}>
                                {t("scans.history.finishedAt", {
                                  time: sameDay(scan.startedAt, scan.finishedAt) ? time(scan.finishedAt) : format.dateTime(scan.finishedAt, { dateStyle: "medium", timeStyle: "medium" }),
                                })}
                              </span>
                            ) : null}
                          </>
                        ) : <span className={MUTED}>{t("scans.history.notStarted")}</span>}
                        {scan.durationMs === null ? null : (
                          <span className={`block ${MUTED}`}>
                            {t("scans.history.took", { duration: formatDuration(scan.durationMs, (value: number, options: TUnitOptions) => format.number(value, options)) })}
                          </span>
                        )}
                      </td>
                      <td className="py-2 pr-4 align-top">
                        {done ? (
                          <span className="flex items-center gap-2 tabular-nums">
                            <GradeBadge grade={scan.grade} label={t("overview.gradeLabel")} />
                            {scan.postureScore === null ? <span className={MUTED}>{t("overview.table.noScore")}</span> : format.number(scan.postureScore, { maximumFractionDigits: 1 })}
                          </span>
                        ) : <span className={MUTED}>—</span>}
                      </td>
                      <td className="py-2 pr-4 align-top tabular-nums whitespace-nowrap">
                        {done ? (
                          <>
                            <span className="block">{t("scans.history.newCount", { count: scan.counts.new })}</span>
                            <span className="block">{t("scans.history.resolvedCount", { count: scan.counts.resolved })}</span>
                          </>
                        ) : "—"}
                      </td>
                      <td className="py-2 align-top tabular-nums whitespace-nowrap">
                        {done ? (
                          <>
                            <span className="block">{t("scans.history.open", { count: scan.counts.open, formatted: format.number(scan.counts.open) })}</span>
                            <span className={`block ${MUTED}`}>{t("scans.history.waived", { count: scan.counts.waived, formatted: format.number(scan.counts.waived) })}</span>
                          </>
                        ) : "—"}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {cursor || page.nextCursor ? (
          <nav aria-label={t("scans.history.pages")} className="mt-4 flex gap-4 text-sm">
            {cursor ? <Link href={`/clusters/${cluster.id}/scans`} className={LINK}>{t("scans.history.newest")}</Link> : null}
            {page.nextCursor ? (
              <Link href={`/clusters/${cluster.id}/scans?cursor=${encodeURIComponent(page.nextCursor)}`} className={LINK}>{t("scans.history.older")}</Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
  );
}

export async function ScansHistoryPage({ clusterId, cursor }: { clusterId: string; cursor?: string }) {
  await connection();
  const t = await getTranslations("scans");
  const loaded = await loadById(clusterId, "cluster", requireCluster);
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title={t("history.title")} />
        <DatabaseError reason={loaded.reason} />
      </>
    );
  }
  const cluster = loaded.data;
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
        <Link href={`/clusters/${cluster.id}`} className={LINK}>← {cluster.name}</Link>
      </nav>
      <PageHeader title={t("history.titleOf", { name: cluster.name })} subtitle={t("history.subtitle")} />
      <Suspense key={cursor ?? ""} fallback={<Card><Skeleton label={t("history.loading")} lines={8} /></Card>}>
        <ScanHistory cluster={cluster} cursor={cursor} />
      </Suspense>
    </>
  );
}
