import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listClusters } from "@/lib/db/clusters";
import { loadForView } from "@/lib/db/load";
import { isLocale } from "@/lib/i18n/locale";
import { describeSchedule, nextRun } from "@/lib/scans/schedule";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { ScheduleEditor } from "./schedule-editor";
import { Can } from "@/components/auth/can";
import { DataTable } from "@/components/ui/data-table";

const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";
const MUTED = "text-xs text-slate-600 dark:text-slate-400";

/** When each cluster is scanned: its cron, in words, the next run, and a form to change it. */
export async function SchedulesSection() {
  await connection();
  const t = await getTranslations("settings.schedules");
  const tr = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const loaded = await loadForView(() => listClusters());
  const now = new Date();
  // cron-parser takes milliseconds an expression (time zones through luxon), and most clusters
  // share a handful of schedules: work each one out once, not once a row.
  const language = isLocale(locale) ? locale : "en";
  const schedules = new Map((loaded.ok ? [...new Set(loaded.data.map((cluster) => cluster.schedule))] : [])
    .map((schedule) => [schedule, { next: nextRun(schedule, now), words: describeSchedule(schedule, language) }]));
  return (
    <Card labelledBy="schedules-title">
      <h2 id="schedules-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 mb-4 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {!loaded.ok ? <DatabaseError reason={loaded.reason} /> : loaded.data.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")} <Link href="/clusters/new" className={LINK}>{t("add")}</Link></p>
      ) : (
        <DataTable
          caption={t("caption")}
          columns={[
            { label: t("cluster") },
            { label: t("schedule") },
            { label: t("nextRun") },
            { label: t("change") },
          ]}
        >
              {loaded.data.map((cluster) => {
                const { next, words } = schedules.get(cluster.schedule)!;
                return (
                  <tr key={cluster.id} className="align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      <Link href={`/clusters/${cluster.id}`} className={`${LINK} break-words`}>{cluster.name}</Link>
                      <span className={`block font-normal ${MUTED}`}>{tr(`environment.${cluster.environment}`)}</span>
                    </th>
                    <td className="py-2 pr-4">
                      <code className="font-mono text-xs">{cluster.schedule}</code>
                      <span className={`block ${MUTED}`}>{words}</span>
                    </td>
                    <td className="py-2 pr-4 whitespace-nowrap">
                      {next ? (
                        <>
                          <time dateTime={next.toISOString()}>{format.dateTime(next, { dateStyle: "medium", timeStyle: "short" })}</time>
                          <span className={`block ${MUTED}`}>{format.relativeTime(next, now)}</span>
                        </>
                      ) : <span className={MUTED}>—</span>}
                    </td>
                    <td className="py-2">
                      <Can access="admin"><ScheduleEditor clusterId={cluster.id} clusterName={cluster.name} schedule={cluster.schedule} /></Can>
                    </td>
                  </tr>
                );
              })}
        </DataTable>
      )}
    </Card>
  );
}
