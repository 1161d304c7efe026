import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { requireCluster } from "@/lib/db/queries/clusters";
import { scanDetail } from "@/lib/db/queries/scans";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { GradeBadge } from "@/components/overview/grade-badge";
import { formatDuration, type TUnitOptions } from "./duration";
import { GapsTable } from "./gaps-table";
import { loadById } from "./load-scan";
import { ScanDiffSection, type TDiffKind } from "./scan-diff";
import { ScanProgress } from "./scan-progress";
import { getPageLocale } from "@/lib/i18n/check-texts-server";

const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";
const MUTED = "text-slate-600 dark:text-slate-400";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className={`text-xs font-medium uppercase tracking-wide ${MUTED}`}>{term}</dt>
      <dd className="mt-0.5 text-sm">{children}</dd>
    </div>
  );
}

/** One scan: live status while it runs, then its numbers, coverage gaps and what changed since the previous scan. */
export async function ScanDetailPage({ scanId, diff, cursor }: { scanId: string; diff: TDiffKind; cursor?: string }) {
  await connection();
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getPageLocale();
  const loaded = await loadById(scanId, "scan", async (id) => {
    const scan = await scanDetail(id, locale);
    return { scan, cluster: await requireCluster(scan.clusterId) };
  });
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title={t("scans.detail.title")} />
        <DatabaseError reason={loaded.reason} />
      </>
    );
  }
  const { scan, cluster } = loaded.data;
  const done = scan.status === "succeeded" || scan.status === "partial";
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : "—");
  const objectTypes = Object.entries(scan.objectCounts).sort(([a], [b]) => a.localeCompare(b));

  return (
    <>
      <nav aria-label={t("scans.breadcrumb")} className="mb-2 flex gap-2 text-sm">
        <Link href={`/clusters/${cluster.id}`} className={LINK}>{cluster.name}</Link>
        <span aria-hidden="true" className={MUTED}>/</span>
        <Link href={`/clusters/${cluster.id}/scans`} className={LINK}>{t("scans.history.title")}</Link>
      </nav>
      <PageHeader
        title={t("scans.detail.titleOf", { date: format.dateTime(scan.queuedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        subtitle={scan.isCurrent ? t("scans.detail.subtitleCurrent", { name: cluster.name }) : t("scans.detail.subtitle", { name: cluster.name })}
      />
      <div className="space-y-6">
        <Card labelledBy="scan-status-title">
          <h2 id="scan-status-title" className="mb-3 text-lg font-semibold">{t("scans.detail.statusTitle")}</h2>
          <div className="grid gap-6 xl:grid-cols-[minmax(0,18rem)_1fr]">
            <ScanProgress clusterId={cluster.id} scanId={scan.id} initial={{ status: scan.status, phase: scan.phase, progress: scan.progress, error: scan.error }} />
            <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3">
              <Fact term={t("scans.detail.posture")}>
                {done ? (
                  <span className="flex items-center gap-2 tabular-nums">
                    <GradeBadge grade={scan.grade} label={t("overview.gradeLabel")} />
                    {scan.postureScore === null ? t("overview.table.noScore") : <span className="text-lg font-semibold">{format.number(scan.postureScore, { maximumFractionDigits: 1 })}</span>}
                  </span>
                ) : "—"}
              </Fact>
              <Fact term={t("scans.detail.findings")}>
                {done ? t("scans.detail.findingsValue", { open: scan.counts.open, waived: scan.counts.waived }) : "—"}
              </Fact>
              <Fact term={t("scans.detail.changes")}>
                {done && scan.previousScanId ? t("scans.detail.changesValue", { new: scan.counts.new, resolved: scan.counts.resolved }) : "—"}
              </Fact>
              <Fact term={t("scans.detail.queued")}>{when(scan.queuedAt)}</Fact>
              <Fact term={t("scans.detail.started")}>{when(scan.startedAt)}</Fact>
              <Fact term={t("scans.detail.finished")}>{when(scan.finishedAt)}</Fact>
              <Fact term={t("scans.detail.duration")}>
                {scan.durationMs === null ? "—" : formatDuration(scan.durationMs, (value: number, options: TUnitOptions) => format.number(value, options))}
              </Fact>
              <Fact term={t("scans.detail.evaluations")}>{done ? format.number(scan.evaluations) : "—"}</Fact>
              <Fact term={t("scans.detail.ratings")}>
                {scan.ratingsVersionId === null ? "—" : <Link href="/settings" className={LINK}>{t("scans.detail.ratingsVersion", { version: scan.ratingsVersionId })}</Link>}
              </Fact>
            </dl>
          </div>
        </Card>

        {done ? (
          <Card labelledBy="scan-gaps-title">
            <h2 id="scan-gaps-title" className="mb-3 text-lg font-semibold">{t("scans.gaps.title")}</h2>
            {scan.coverageGaps.length === 0 ? (
              <p className="text-sm">{t("scans.gaps.fullThis")}</p>
            ) : (
              <>
                <p className="mb-3 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("scans.gaps.introThis", { count: scan.coverageGaps.length })}</p>
                <GapsTable gaps={scan.coverageGaps} />
              </>
            )}
            {objectTypes.length > 0 ? (
              <details className="mt-4 text-sm">
                <summary className="cursor-pointer font-medium">{t("scans.detail.objects", { count: objectTypes.length })}</summary>
                <ul className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
                  {objectTypes.map(([kind, count]) => (
                    <li key={kind} className="flex justify-between gap-2 border-b border-slate-100 py-0.5 dark:border-slate-800">
                      <span className="break-all">{kind}</span><span className="tabular-nums">{format.number(count)}</span>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </Card>
        ) : null}

        <section id="diff" aria-labelledby="diff-title" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <Suspense key={`${diff}:${cursor ?? ""}`} fallback={<Skeleton label={t("scans.diff.loading")} lines={6} />}>
            <ScanDiffSection scan={scan} kind={diff} cursor={cursor} />
          </Suspense>
        </section>
      </div>
    </>
  );
}
