import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TRatingsMode } from "@/components/cluster/ratings-mode";
import { DatabaseError } from "@/components/ui/database-error";
import { loadForView } from "@/lib/db/load";
import { clusterTrends } from "@/lib/db/queries/trends";
import { TREND_DAYS, trendFrom, trendLabels } from "./trend-period";
import { TrendCard } from "./trend-card";
import { ChangesTrendSection, ComplianceTrendSection, PostureTrendSection } from "./trend-sections";

/** Posture, per-quick-win compliance and new vs resolved findings over the last 90 days, scored as the page's ratings mode says. */
export async function ClusterTrends({ clusterId, ratingsMode }: { clusterId: string; ratingsMode: TRatingsMode }) {
  await connection();
  const t = await getTranslations("trends");
  const format = await getFormatter();
  const loaded = await loadForView(() => clusterTrends(clusterId, { rescore: ratingsMode, from: trendFrom() }));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { points, ratingsVersionIds } = loaded.data;
  const labels = await trendLabels(points.map((point) => point.finishedAt));
  const ratingsNote = ratingsMode === "current"
    ? t("ratings.current", { version: ratingsVersionIds[0] ?? loaded.data.currentRatingsVersionId })
    : t("ratings.recorded", { count: ratingsVersionIds.length, versions: format.list(ratingsVersionIds.map(String)) });
  return (
    <TrendCard id="trends-title" title={t("title")} period={t("period", { days: TREND_DAYS, count: points.length })} scans={points.length} empty={t("empty")}>
      <PostureTrendSection points={points} labels={labels} ratingsNote={ratingsNote} subject={t("clusterSubject")} />
      <ComplianceTrendSection points={points} labels={labels} subject={t("clusterSubject")} />
      <ChangesTrendSection points={points} labels={labels} />
    </TrendCard>
  );
}
