import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locale";
import { describeSchedule } from "@/lib/scans/schedule";
import type { TClusterSummary } from "@/lib/db/clusters";
import { ClusterRowActions } from "./cluster-row-actions";
import { DataTable } from "@/components/ui/data-table";

/** Cluster names and descriptions come from users: rendered as text only. `actions` adds Edit/Test/Archive per row. */
export async function ClusterTable({ clusters, actions = false }: { clusters: TClusterSummary[]; actions?: boolean }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <DataTable
      caption={t("overview.table.caption")}
      columns={[
        { label: t("overview.table.name") },
        { label: t("overview.table.environment") },
        { label: t("overview.table.connection") },
        { label: t("overview.table.schedule") },
        { label: t("overview.table.lastScan") },
        actions && { label: t("clusters.table.actions") },
      ]}
    >
          {clusters.map((cluster) => (
            <tr key={cluster.id}>
              <th scope="row" className="max-w-xs py-2 pr-4 font-medium break-words">
                {/* A floor on the column's width, so that short names do not break at their hyphens. */}
                <span className="block min-w-36">{cluster.name}</span>
                {cluster.archived ? (
                  <span className="my-0.5 block w-fit rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">
                    {t("clusters.table.archived")}
                  </span>
                ) : null}
                {cluster.description ? (
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{cluster.description}</span>
                ) : null}
              </th>
              <td className="py-2 pr-4">{t(`environment.${cluster.environment}`)}</td>
              <td className="py-2 pr-4">{t(`connection.${cluster.connectionKind}`)}</td>
              <td className="py-2 pr-4">
                <span className="font-mono text-xs">{cluster.schedule}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{describeSchedule(cluster.schedule, isLocale(locale) ? locale : "en")}</span>
              </td>
              <td className="py-2 pr-4">
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
              {actions ? (
                <td className="py-2">
                  <ClusterRowActions id={cluster.id} name={cluster.name} archived={cluster.archived} />
                </td>
              ) : null}
            </tr>
          ))}
    </DataTable>
  );
}
