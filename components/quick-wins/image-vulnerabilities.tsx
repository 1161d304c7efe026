import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadForView } from "@/lib/db/load";
import { imageVulnerabilities } from "@/lib/db/queries/image-vulnerabilities";
import { DataTable } from "@/components/ui/data-table";
import { DatabaseError } from "@/components/ui/database-error";
import { findingViewHref } from "./filters";

const MUTED = "text-slate-600 dark:text-slate-400";
const LINK = "text-brand-700 hover:underline dark:text-sky-300";

/**
 * Quick win 2: Trivy Operator's critical and high counts per workload container, as the current
 * scan read them; when the cluster has no image scanning, that is said (it is the quick win's
 * own finding) with a link to it.
 */
export async function ImageVulnerabilities({ clusterId, base }: { clusterId: string; base: string }) {
  await connection();
  const t = await getTranslations("quickWin.images");
  const format = await getFormatter();
  const loaded = await loadForView(() => imageVulnerabilities(clusterId));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { scan, scanning, rows, total, clean, findingId } = loaded.data;
  const now = new Date();
  if (!scan) return <p className={MUTED}>{t("noScan")}</p>;
  if (scanning === "absent") {
    return (
      <div role="note" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950/40">
        <p className="font-medium">{t("absentTitle")}</p>
        <p className="mt-1">{t("absentBody")}</p>
        <Link href={findingId ? `/findings/${findingId}` : findingViewHref(base, { check: "image-scanning-not-in-place" })} className={`mt-2 inline-block ${LINK}`}>
          {t("absentLink")}
        </Link>
      </div>
    );
  }
  if (scanning !== "reports") return <p className={MUTED}>{t(scanning === "unreadable" ? "unreadable" : "noReports")}</p>;
  if (total === 0) return <p>{t("allClean", { clean })}</p>;
  const count = (value: number, strong: boolean) =>
    value === 0 ? <span className="text-slate-400 dark:text-slate-500">0</span> : <span className={strong ? "font-semibold" : ""}>{format.number(value)}</span>;

  return (
    <>
      <DataTable
        caption={t("caption")}
        columns={[
          { label: t("namespace") },
          { label: t("workload") },
          { label: t("container") },
          { label: t("image") },
          { label: t("critical"), numeric: true },
          { label: t("high"), numeric: true },
          { label: t("reportAge") },
        ]}
      >
        {rows.map((row) => (
          <tr key={`${row.namespace}/${row.workloadKind}/${row.workloadName}/${row.container}`} className="align-top">
            <td className="break-words py-2 pr-4">{row.namespace || "—"}</td>
            <th scope="row" className="min-w-32 break-words py-2 pr-4 font-normal">
              <span className={`block text-xs ${MUTED}`}>{row.workloadKind}</span>
              {row.workloadName}
            </th>
            <td className="break-words py-2 pr-4">{row.container}</td>
            <td className="py-2 pr-4"><code className="break-all text-xs">{row.image}</code></td>
            <td className="py-2 pr-4 text-right tabular-nums">{count(row.critical, true)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{count(row.high, false)}</td>
            <td className="whitespace-nowrap py-2">
              {row.reportUpdatedAt ? (
                <time dateTime={row.reportUpdatedAt} title={format.dateTime(new Date(row.reportUpdatedAt), { dateStyle: "medium", timeStyle: "short" })}>
                  {format.relativeTime(new Date(row.reportUpdatedAt), now)}
                </time>
              ) : <span className={MUTED}>—</span>}
            </td>
          </tr>
        ))}
      </DataTable>
      <p className={`mt-3 text-xs ${MUTED}`}>
        {total > rows.length ? `${t("shown", { shown: rows.length, total })} ` : ""}
        {clean > 0 ? `${t("clean", { clean })} ` : ""}
        {t("source")}
      </p>
    </>
  );
}
