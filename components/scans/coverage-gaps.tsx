import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { currentScanOf } from "@/lib/db/queries/clusters";
import { scanDetail } from "@/lib/db/queries/scans";
import { loadForView } from "@/lib/db/load";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { GapsTable } from "./gaps-table";
import { getPageLocale } from "@/lib/i18n/check-texts-server";

const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

/** The cluster's current scan's coverage gaps (what could not be read or judged), or "full coverage". */
export async function CoverageGaps({ clusterId }: { clusterId: string }) {
  await connection();
  const t = await getTranslations("scans.gaps");
  const format = await getFormatter();
  const locale = await getPageLocale();
  const loaded = await loadForView(async () => {
    const current = await currentScanOf(clusterId);
    return current ? scanDetail(current.id, locale) : null;
  });
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const scan = loaded.data;
  return (
    <Card labelledBy="coverage-gaps-title">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="coverage-gaps-title" className="text-lg font-semibold">{t("title")}</h2>
        <p className="flex gap-4 text-sm">
          {scan ? <Link href={`/scans/${scan.id}`} className={LINK}>{t("scanDetails")}</Link> : null}
          <Link href={`/clusters/${clusterId}/scans`} className={LINK}>{t("history")}</Link>
        </p>
      </div>
      {!scan ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("noScan")}</p>
      ) : scan.coverageGaps.length === 0 ? (
        <p className="flex items-center gap-2 text-sm">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 text-brand-600 dark:text-sky-400"><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16m3.8 5.3 1.4 1.4L9 14.9 5.3 11.2l1.4-1.4L9 12.1z" /></svg>
          {t("full", { date: format.dateTime(scan.finishedAt ?? scan.queuedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
      ) : (
        <>
          <p className="mb-3 max-w-prose text-sm text-slate-700 dark:text-slate-300">
            {t("intro", { count: scan.coverageGaps.length, date: format.dateTime(scan.finishedAt ?? scan.queuedAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </p>
          <GapsTable gaps={scan.coverageGaps} />
        </>
      )}
    </Card>
  );
}
