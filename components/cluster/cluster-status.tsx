import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listScans, scanDetail } from "@/lib/db/queries/scans";
import { loadForView } from "@/lib/db/load";
import { isLocale } from "@/lib/i18n/locale";
import { describeSchedule } from "@/lib/scans/schedule";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { GradeBadge } from "./grade-badge";
import { loadClusterMatrix } from "./load-matrix";
import type { TRatingsMode } from "./ratings-mode";
import { ScanNow } from "./scan-now";
import type { TClusterHead } from "./cluster-header";
import { Can } from "@/components/auth/can";

/**
 * Grade and posture now (with the chosen ratings), the scan the numbers come from, the last scan
 * of any status (a failed one shows here, never in the numbers), the next one, and "Scan now".
 */
export async function ClusterStatus({ cluster, ratingsMode }: { cluster: TClusterHead; ratingsMode: TRatingsMode }) {
  await connection();
  const t = await getTranslations("cluster");
  const format = await getFormatter();
  const locale = await getLocale();
  const loaded = await loadForView(() => Promise.all([loadClusterMatrix(cluster.id, ratingsMode), listScans({ clusterId: cluster.id, limit: 1 })]));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const [matrix, scans] = loaded.data;
  const last = scans.items[0] ?? null;
  const running = last && (last.status === "queued" || last.status === "running") ? last.id : null;
  const lastAt = last ? (last.finishedAt ?? last.startedAt ?? last.queuedAt) : null;
  // Why the last scan failed: its own words (it never replaced the numbers above).
  const failure = last?.status === "failed" ? await loadForView(() => scanDetail(last.id, isLocale(locale) ? locale : undefined)) : null;
  const failureText = failure?.ok ? failure.data.error : null;
  const muted = "text-sm text-slate-600 dark:text-slate-400";

  return (
    <Card labelledBy="cluster-status-title" className="grid gap-6 sm:grid-cols-[auto_minmax(0,1fr)] xl:grid-cols-[auto_minmax(0,1fr)_minmax(14rem,auto)]">
      <h2 id="cluster-status-title" className="sr-only">{t("status.title")}</h2>
      <div className="flex items-center gap-4">
        {matrix.grade && matrix.postureScore !== null ? (
          <>
            <GradeBadge grade={matrix.grade} label={t("status.grade")} />
            <div>
              <p className="text-3xl font-semibold tabular-nums">
                {format.number(matrix.postureScore, { maximumFractionDigits: 1 })}
                <span className="text-base font-normal text-slate-600 dark:text-slate-400"> / 100</span>
              </p>
              <p className={muted}>{t("status.posture")}</p>
            </div>
          </>
        ) : (
          <div>
            <p className="text-lg font-semibold">{t("status.notScored")}</p>
            <p className={`max-w-xs ${muted}`}>{matrix.scan ? t("status.nothingAssessable") : t("status.notScoredBody")}</p>
          </div>
        )}
      </div>

      <dl className="grid grid-cols-[auto_minmax(0,1fr)] content-start gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">{t("status.results")}</dt>
        <dd>
          {matrix.scan?.finishedAt
            ? t("status.resultsOf", { date: format.dateTime(matrix.scan.finishedAt, { dateStyle: "medium", timeStyle: "short" }), status: t(`status.scanStatus.${matrix.scan.status}`) })
            : t("status.noResults")}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">{t("status.ratings")}</dt>
        <dd>{t(`status.ratingsUsed.${matrix.ratings.mode}`, { version: matrix.ratings.versionId })}</dd>
        <dt className="text-slate-600 dark:text-slate-400">{t("status.lastScan")}</dt>
        <dd>
          {last && lastAt ? (
            <>
              {t(`status.scanStatus.${last.status}`)} · {format.relativeTime(lastAt)}
              {last.status === "failed" ? (
                <span className="block text-amber-800 dark:text-amber-300">
                  {t("status.lastFailed")}
                  {failureText ? <span className="block break-words">{failureText}</span> : null}
                </span>
              ) : null}
            </>
          ) : t("status.never")}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">{t("status.nextScan")}</dt>
        <dd>
          {cluster.archived ? t("status.archivedNoScan") : cluster.nextScanAt ? format.relativeTime(cluster.nextScanAt) : t("status.nextTick")}
          <span className="block text-xs text-slate-600 dark:text-slate-400">{describeSchedule(cluster.schedule, isLocale(locale) ? locale : "en")}</span>
        </dd>
      </dl>

      <div className="sm:col-span-2 xl:col-span-1">
        <Can access="editor"><ScanNow clusterId={cluster.id} runningScanId={running} archived={cluster.archived} /></Can>
      </div>
    </Card>
  );
}
