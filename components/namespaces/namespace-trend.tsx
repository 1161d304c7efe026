import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { loadForView } from "@/lib/db/load";
import { namespaceTrends } from "@/lib/db/queries/trends";
import { TREND_DAYS, trendFrom, trendLabels } from "@/components/trends/trend-period";
import { ComplianceTrendSection, PostureTrendSection } from "@/components/trends/trend-sections";
import { TrendCard } from "@/components/trends/trend-card";
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
    <TrendCard
      id="namespace-trend-title"
      title={t("namespaces.drilldown.trend.title")}
      period={t("trends.period", { days: TREND_DAYS, count: points.length })}
      scans={points.length}
      empty={t("namespaces.drilldown.trend.empty")}
    >
      <PostureTrendSection points={points} labels={labels} ratingsNote={t("namespaces.drilldown.trend.note")} subject={subject} />
      <ComplianceTrendSection points={points} labels={labels} subject={subject} />
    </TrendCard>
  );
}
