import { getTranslations } from "next-intl/server";
import { DEFAULT_RATINGS, priorityScore, QUICK_WIN_IDS } from "@/lib/scoring/quick-wins";

/** The nine quick wins ordered by priority score (highest first), as the article ranks them. */
export async function QuickWinRatingsTable() {
  const t = await getTranslations();
  const rows = QUICK_WIN_IDS.map((id) => ({ id, ...DEFAULT_RATINGS[id], score: priorityScore(DEFAULT_RATINGS[id]) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("settings.ratingsCaption")}</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("settings.id")}</th>
            <th scope="col" className="py-2 pr-4">{t("settings.quickWin")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{t("settings.complexity")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{t("settings.gain")}</th>
            <th scope="col" className="py-2 text-right">{t("settings.score")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="py-2 pr-4 font-mono text-xs">{row.id}</td>
              <th scope="row" className="py-2 pr-4 font-medium">{t(`quickWins.${row.id}.name`)}</th>
              <td className="py-2 pr-4 text-right tabular-nums">{row.complexity}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{row.gain}</td>
              <td className="py-2 text-right font-semibold tabular-nums">{row.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
