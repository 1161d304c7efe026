import { getTranslations } from "next-intl/server";
import { DEFAULT_RATINGS, priorityScore, QUICK_WIN_IDS } from "@/lib/scoring/quick-wins";
import { DataTable } from "@/components/ui/data-table";

/** The nine quick wins ordered by priority score (highest first), as the article ranks them. */
export async function QuickWinRatingsTable() {
  const t = await getTranslations();
  const rows = QUICK_WIN_IDS.map((id) => ({ id, ...DEFAULT_RATINGS[id], score: priorityScore(DEFAULT_RATINGS[id]) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return (
    <DataTable
      caption={t("settings.ratingsCaption")}
      columns={[
        { label: t("settings.id") },
        { label: t("settings.quickWin") },
        { label: t("settings.complexity"), numeric: true },
        { label: t("settings.gain"), numeric: true },
        { label: t("settings.score"), numeric: true },
      ]}
    >
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="py-2 pr-4 font-mono text-xs">{row.id}</td>
              <th scope="row" className="py-2 pr-4 font-medium">{t(`quickWins.${row.id}.name`)}</th>
              <td className="py-2 pr-4 text-right tabular-nums">{row.complexity}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{row.gain}</td>
              <td className="py-2 text-right font-semibold tabular-nums">{row.score}</td>
            </tr>
          ))}
    </DataTable>
  );
}
