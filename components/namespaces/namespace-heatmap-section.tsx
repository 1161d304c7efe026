import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TRatingsMode } from "@/components/cluster/ratings-mode";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { loadForView } from "@/lib/db/load";
import { clusterNamespaces } from "@/lib/db/queries/matrix";
import { heatmapRow } from "./heatmap-sort";
import { NamespaceHeatmap } from "./namespace-heatmap";

/**
 * Namespaces × quick wins of the current scan. clusterNamespaces always scores with today's
 * ratings (the page's ratings mode does not apply to namespaces) and today's exceptions; the
 * note under the title says so.
 */
export async function NamespaceHeatmapSection({ clusterId }: { clusterId: string; ratingsMode: TRatingsMode }) {
  await connection();
  const t = await getTranslations("namespaces");
  const format = await getFormatter();
  const loaded = await loadForView(() => clusterNamespaces(clusterId));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { scan, namespaces, ratings } = loaded.data;
  return (
    <Card labelledBy="namespaces-title">
      <h2 id="namespaces-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mb-4 mt-1 text-sm text-slate-600 dark:text-slate-400">
        {scan?.finishedAt
          ? t("subtitle", { date: format.dateTime(scan.finishedAt, { dateStyle: "medium", timeStyle: "short" }), version: ratings.versionId })
          : null}
      </p>
      {!scan ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("noScan")}</p>
      ) : namespaces.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <NamespaceHeatmap clusterId={clusterId} rows={namespaces.map(heatmapRow)} />
      )}
    </Card>
  );
}
