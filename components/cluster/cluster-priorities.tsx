import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { loadForView } from "@/lib/db/load";
import { PriorityMatrix } from "@/components/matrix/priority-matrix";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { loadClusterMatrix } from "./load-matrix";
import { PriorityList } from "./priority-list";
import type { TRatingsMode } from "./ratings-mode";

/** The matrix beside the "do next" list (stacked on narrow screens), or an honest empty state. */
export async function ClusterPriorities({ clusterId, ratingsMode }: { clusterId: string; ratingsMode: TRatingsMode }) {
  await connection();
  const t = await getTranslations("cluster");
  const loaded = await loadForView(() => loadClusterMatrix(clusterId, ratingsMode));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const matrix = loaded.data;

  if (!matrix.scan) {
    return (
      <Card labelledBy="matrix-empty-title" className="border-dashed">
        <h2 id="matrix-empty-title" className="text-lg font-semibold">{t("empty.title")}</h2>
        <p className="mt-2 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("empty.body")}</p>
      </Card>
    );
  }

  const { nowWaived, noLongerWaived } = matrix.exceptions;
  return (
    <div className="space-y-3">
      {nowWaived > 0 || noLongerWaived > 0 ? (
        <div className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950/40 dark:text-sky-100">
          <p className="font-semibold">{t("exceptions.title")}</p>
          {nowWaived > 0 ? <p>{t("exceptions.nowWaived", { count: nowWaived })}</p> : null}
          {noLongerWaived > 0 ? <p>{t("exceptions.noLongerWaived", { count: noLongerWaived })}</p> : null}
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card labelledBy="matrix-title">
          <h2 id="matrix-title" className="text-lg font-semibold">{t("matrixTitle")}</h2>
          <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">{t(`ratingsShown.${matrix.ratings.mode}`, { version: matrix.ratings.versionId })}</p>
          <PriorityMatrix bubbles={matrix.quickWins} priority={matrix.priority} clusterId={clusterId} caption={t("matrixCaption")} />
        </Card>
        <Card labelledBy="priority-title">
          <h2 id="priority-title" className="text-lg font-semibold">{t("priority.title")}</h2>
          <p className="mb-4 text-xs text-slate-600 dark:text-slate-400">{t("priority.subtitle")}</p>
          <PriorityList clusterId={clusterId} priority={matrix.priority} />
        </Card>
      </div>
    </div>
  );
}
