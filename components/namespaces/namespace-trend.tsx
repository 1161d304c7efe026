import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { loadForView } from "@/lib/db/load";
import { namespaceTrends } from "@/lib/db/queries/trends";
import { TREND_DAYS, trendFrom, trendLabels } from "@/components/trends/trend-period";
import { ComplianceTrendSection, PostureTrendSection } from "@/components/trends/trend-sections";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";

/** Posture and compliance of the namespace's own objects per scan, with today's ratings (as the heatmap). */
export async function NamespaceTrend({ clusterId, namespace }: { clusterId: string; namespace: string }) {
  await connection();
  const t = await getTranslations();
  const loaded = await loadForView(() => namespaceTrends(clusterId, namespace, { rescore: "current", from: trendFrom() }));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { points } = loaded.data;
  const labels = await trendLabels(points.map((point) => point.finishedAt));
  const subject = t("trends.namespaceSubject", { namespace });
  return (
    <Card labelledBy="namespace-trend-title">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="namespace-trend-title" className="text-lg font-semibold">{t("namespaces.drilldown.trend.title")}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("trends.period", { days: TREND_DAYS, count: points.length })}</p>
      </div>
      {points.length < 2 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">{t("namespaces.drilldown.trend.empty")}</p>
      ) : (
        <div className="space-y-8">
          <PostureTrendSection points={points} labels={labels} ratingsNote={t("namespaces.drilldown.trend.note")} subject={subject} />
          <ComplianceTrendSection points={points} labels={labels} subject={subject} />
        </div>
      )}
    </Card>
  );
}
