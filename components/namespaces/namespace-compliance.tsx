import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { QUICK_WIN_IDS } from "@/lib/scoring/quick-wins";
import { ColumnHeads, TD_CLASS } from "@/components/trends/show-data";
import { flooredPercent } from "@/components/trends/trend-format";
import { Card } from "@/components/ui/card";
import { ComplianceBar } from "./compliance-cell";
import type { TNamespaces } from "@/lib/api/schemas/scoring";

/** The namespace's row of the heatmap as a table of bars: one quick win per row, with its open findings. */
export async function NamespaceCompliance({ clusterId, row, scanFinishedAt }: { clusterId: string; row: TNamespaces["namespaces"][number]; scanFinishedAt: Date | null }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const na = t("trends.notAvailable");
  return (
    <Card labelledBy="namespace-compliance-title">
      <h2 id="namespace-compliance-title" className="text-lg font-semibold">{t("namespaces.drilldown.compliance.title")}</h2>
      <p className="mb-3 mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t("namespaces.drilldown.compliance.subtitle", {
          date: scanFinishedAt ? format.dateTime(scanFinishedAt, { dateStyle: "medium", timeStyle: "short" }) : na,
          posture: row.postureScore === null ? na : format.number(row.postureScore, { maximumFractionDigits: 1 }),
          grade: row.grade ?? na,
        })}
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("namespaces.drilldown.compliance.caption", { namespace: row.namespace })}</caption>
          <ColumnHeads
            className="border-b border-slate-200 dark:border-slate-700"
            labels={[t("namespaces.drilldown.compliance.quickWin"), t("namespaces.drilldown.compliance.compliance"), t("namespaces.drilldown.compliance.openFindings")]}
            right={[2]}
          />
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {QUICK_WIN_IDS.map((quickWin) => {
              const cell = row.quickWins[quickWin];
              return (
                <tr key={quickWin}>
                  <th scope="row" className={`${TD_CLASS} font-normal`}>
                    <Link href={`/clusters/${encodeURIComponent(clusterId)}/quick-wins/${quickWin}`} className="hover:underline">
                      <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{quickWin}</span>{" "}
                      {t(`quickWins.${quickWin}.name`)}
                    </Link>
                  </th>
                  <td className={TD_CLASS}>
                    <ComplianceBar value={cell.compliance} text={cell.compliance === null ? na : format.number(flooredPercent(cell.compliance), { style: "percent", maximumFractionDigits: 0 })} />
                  </td>
                  <td className={`${TD_CLASS} text-right tabular-nums`}>{format.number(cell.openFindings)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
