import { getFormatter, getTranslations } from "next-intl/server";
import type { TClusterSummary } from "@/lib/db/clusters";

/** Cluster names and descriptions come from users: rendered as text only. */
export async function ClusterTable({ clusters }: { clusters: TClusterSummary[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("overview.table.caption")}</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("overview.table.name")}</th>
            <th scope="col" className="py-2 pr-4">{t("overview.table.environment")}</th>
            <th scope="col" className="py-2 pr-4">{t("overview.table.connection")}</th>
            <th scope="col" className="py-2 pr-4">{t("overview.table.schedule")}</th>
            <th scope="col" className="py-2">{t("overview.table.lastScan")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {clusters.map((cluster) => (
            <tr key={cluster.id}>
              <th scope="row" className="max-w-xs py-2 pr-4 font-medium break-words">
                {cluster.name}
                {cluster.description ? (
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{cluster.description}</span>
                ) : null}
              </th>
              <td className="py-2 pr-4">{t(`environment.${cluster.environment}`)}</td>
              <td className="py-2 pr-4">{t(`connection.${cluster.connectionKind}`)}</td>
              <td className="py-2 pr-4 font-mono text-xs">{cluster.schedule}</td>
              <td className="py-2">
                {cluster.lastScan ? (
                  <>
                    {t(`scanStatus.${cluster.lastScan.status}`)}
                    {cluster.lastScan.finishedAt ? (
                      <span className="block text-xs text-slate-600 dark:text-slate-400">
                        {format.relativeTime(cluster.lastScan.finishedAt)}
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="text-slate-600 dark:text-slate-400">{t("overview.table.notScanned")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
