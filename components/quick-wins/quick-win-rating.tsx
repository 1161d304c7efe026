import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { loadForView } from "@/lib/db/load";
import { clusterMatrix } from "@/lib/db/queries/matrix";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { complianceColour, flooredCompliance } from "@/components/matrix/compliance-scale";
import { DatabaseError } from "@/components/ui/database-error";

function Stat({ label, children, detail }: { label: string; children: ReactNode; detail?: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums">{children}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{detail}</dd> : null}
    </div>
  );
}

/** The quick win's rating and compliance from clusterMatrix: the very numbers of the matrix and its API. */
export async function QuickWinRating({ clusterId, quickWin }: { clusterId: string; quickWin: TQuickWinId }) {
  await connection();
  const t = await getTranslations("quickWin.rating");
  const format = await getFormatter();
  const loaded = await loadForView(() => clusterMatrix(clusterId, "current"));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const matrix = loaded.data;
  const point = matrix.quickWins.find((item) => item.quickWin === quickWin);
  if (!point) return null;
  const rank = matrix.priority.findIndex((item) => item.quickWin === quickWin) + 1;
  const compliance = point.compliance === null ? null : flooredCompliance(point.compliance);

  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-2 2xl:grid-cols-3">
        <Stat label={t("score")} detail={t("formula", { gain: point.gain, complexity: point.complexity })}>{point.score}</Stat>
        <Stat label={t("complexity")} detail={t("complexityHint")}>{t("outOfFive", { value: point.complexity })}</Stat>
        <Stat label={t("gain")} detail={t("gainHint")}>{t("outOfFive", { value: point.gain })}</Stat>
        <Stat label={t("quadrant")}>{t(`quadrants.${point.quadrant}`)}</Stat>
        <Stat label={t("priority")} detail={rank > 0 ? t("priorityOf", { count: matrix.priority.length }) : undefined}>
          {rank > 0 ? t("rank", { rank }) : t("notListed")}
        </Stat>
        <Stat label={t("compliance")}>
          {compliance === null ? t("notAssessed") : format.number(compliance, { style: "percent" })}
          <span aria-hidden="true" className="mt-1.5 block h-1.5 overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
            <span className="block h-full" style={{ width: `${(compliance ?? 0) * 100}%`, backgroundColor: complianceColour(point.compliance) }} />
          </span>
        </Stat>
      </dl>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5"><dt className="text-slate-600 dark:text-slate-400">{t("openFindings")}</dt><dd className="font-semibold tabular-nums">{format.number(point.openFindings)}</dd></div>
        <div className="flex gap-1.5"><dt className="text-slate-600 dark:text-slate-400">{t("waived")}</dt><dd className="font-semibold tabular-nums">{format.number(point.waived)}</dd></div>
        <div className="flex gap-1.5"><dt className="text-slate-600 dark:text-slate-400">{t("notAssessable")}</dt><dd className="font-semibold tabular-nums">{format.number(point.notAssessable)}</dd></div>
      </dl>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {matrix.scan?.finishedAt
          ? t("scanOf", { date: format.dateTime(matrix.scan.finishedAt, { dateStyle: "medium", timeStyle: "short" }) })
          : t("noScan")}{" "}
        <Link href={`/clusters/${clusterId}`} className="font-medium text-brand-700 underline dark:text-sky-300">{t("matrixLink")}</Link>
      </p>
    </div>
  );
}
