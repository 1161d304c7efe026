import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TMatrix } from "@/lib/api/schemas/scoring";
import { complianceColour, flooredCompliance } from "@/components/matrix/compliance-scale";
import { quickWinHref } from "@/components/matrix/quick-win-href";

/** "Do next": the quick wins that are not fully compliant, in the API's order. */
export async function PriorityList({ clusterId, priority }: { clusterId: string; priority: TMatrix["priority"] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (priority.length === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">{t("cluster.priority.empty")}</p>;
  return (
    <ol className="space-y-3" aria-label={t("cluster.priority.listLabel")}>
      {priority.map((item, index) => {
        const compliance = flooredCompliance(item.compliance);
        return (
          <li key={item.quickWin} data-quick-win={item.quickWin} className="flex gap-3">
            <span aria-hidden="true" className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">
              {index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <Link href={quickWinHref(clusterId, item.quickWin)} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-400">
                <span className="sr-only">{t("cluster.priority.rank", { rank: index + 1 })} </span>
                <span className="font-mono text-xs">{item.quickWin}</span> {t(`quickWins.${item.quickWin}.name`)}
              </Link>
              <div aria-hidden="true" className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
                <div className="h-full rounded-full" style={{ width: `${compliance * 100}%`, backgroundColor: complianceColour(item.compliance) }} />
              </div>
              <dl className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600 dark:text-slate-400">
                <div className="flex gap-1"><dt>{t("matrix.score")}</dt><dd className="font-semibold text-slate-900 tabular-nums dark:text-slate-100">{item.score}</dd></div>
                <div className="flex gap-1"><dt>{t("matrix.compliance")}</dt><dd className="tabular-nums">{format.number(compliance, { style: "percent" })}</dd></div>
                <div className="flex gap-1"><dt>{t("matrix.openFindings")}</dt><dd className="tabular-nums">{format.number(item.openFindings)}</dd></div>
                <div className="flex gap-1"><dt>{t("cluster.priority.effort")}</dt><dd className="tabular-nums">{t("cluster.priority.outOf5", { value: item.complexity })}</dd></div>
                <div className="flex gap-1"><dt>{t("matrix.gain")}</dt><dd className="tabular-nums">{t("cluster.priority.outOf5", { value: item.gain })}</dd></div>
              </dl>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
