import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CHECKS } from "@/lib/checks/registry";
import { loadForView } from "@/lib/db/load";
import { requireCluster } from "@/lib/db/queries/clusters";
import { isAppError } from "@/lib/errors";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { Breadcrumbs } from "@/components/findings/breadcrumbs";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { parseFindingView, type TSearchParams } from "./filters";
import { ImageVulnerabilities } from "./image-vulnerabilities";
import { QuickWinChecks } from "./quick-win-checks";
import { QuickWinFindings } from "./quick-win-findings";
import { QuickWinRating } from "./quick-win-rating";

/**
 * One quick win on one cluster: what it is and why, its rating and compliance (the matrix's
 * numbers), its checks with their counts, and its findings, filtered and paged through the URL.
 */
export async function QuickWinPage({ clusterId, quickWin, searchParams }: { clusterId: string; quickWin: TQuickWinId; searchParams: TSearchParams }) {
  await connection();
  const t = await getTranslations();
  let cluster;
  try {
    cluster = await loadForView(() => requireCluster(clusterId));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const name = t(`quickWins.${quickWin}.name`);
  const checks = CHECKS.filter((check) => check.quickWin === quickWin);
  const view = parseFindingView(searchParams, checks.map((check) => check.id));
  const base = `/clusters/${clusterId}/quick-wins/${quickWin}`;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.overview"), href: "/" },
          { label: cluster.ok ? cluster.data.name : t("quickWin.cluster"), href: `/clusters/${clusterId}` },
          { label: `${quickWin} · ${name}` },
        ]}
      />
      <PageHeader title={`${quickWin} · ${name}`} subtitle={t(`quickWins.${quickWin}.summary`)} />
      {cluster.ok ? null : <div className="mb-6"><DatabaseError reason={cluster.reason} /></div>}

      <div className="space-y-6">
        <div className="grid items-start gap-6 xl:grid-cols-5">
          <Card labelledBy="qw-why" className="xl:col-span-3">
            <h2 id="qw-why" className="mb-2 text-lg font-semibold">{t("quickWin.why")}</h2>
            <p className="max-w-prose leading-relaxed">{t(`quickWins.${quickWin}.why`)}</p>
            <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{t("quickWin.source")}</p>
          </Card>
          <Card labelledBy="qw-rating" className="xl:col-span-2">
            <h2 id="qw-rating" className="mb-3 text-lg font-semibold">{t("quickWin.rating.title")}</h2>
            <Suspense fallback={<Skeleton lines={5} label={t("quickWin.rating.loading")} />}>
              <QuickWinRating clusterId={clusterId} quickWin={quickWin} />
            </Suspense>
          </Card>
        </div>

        <Card labelledBy="qw-checks">
          <h2 id="qw-checks" className="mb-1 text-lg font-semibold">{t("quickWin.checks.title")}</h2>
          <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t("quickWin.checks.intro")}</p>
          <Suspense fallback={<Skeleton lines={6} label={t("quickWin.checks.loading")} />}>
            <QuickWinChecks clusterId={clusterId} quickWin={quickWin} base={base} />
          </Suspense>
        </Card>

        {quickWin === "QW2" ? (
          <Card labelledBy="qw-images">
            <h2 id="qw-images" className="mb-1 text-lg font-semibold">{t("quickWin.images.title")}</h2>
            <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t("quickWin.images.intro")}</p>
            <Suspense fallback={<Skeleton lines={6} label={t("quickWin.images.loading")} />}>
              <ImageVulnerabilities clusterId={clusterId} base={base} />
            </Suspense>
          </Card>
        ) : null}

        <Card labelledBy="findings">
          <h2 id="findings" className="mb-4 scroll-mt-4 text-lg font-semibold">{t("quickWin.findings.title")}</h2>
          <Suspense key={JSON.stringify(view)} fallback={<Skeleton lines={8} label={t("quickWin.findings.loading")} />}>
            <QuickWinFindings clusterId={clusterId} quickWin={quickWin} view={view} base={base} />
          </Suspense>
        </Card>
      </div>
    </>
  );
}
