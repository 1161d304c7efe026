import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TFindingPage } from "@/lib/api/schemas/findings";
import { CHECKS } from "@/lib/checks/registry";
import { loadForView } from "@/lib/db/load";
import { listFindings } from "@/lib/db/queries/findings";
import { clusterNamespaces } from "@/lib/db/queries/matrix";
import { isAppError } from "@/lib/errors";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { DatabaseError } from "@/components/ui/database-error";
import { FindingsFilterForm } from "./findings-filter-form";
import { FindingsTable } from "./findings-table";
import { FINDINGS_PAGE_SIZE, findingViewHref, hasFilters, type TFindingView } from "./filters";
import { getCheckTexts } from "@/lib/i18n/check-texts-server";

const PAGER_LINK = "inline-flex items-center gap-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-100 dark:border-slate-600 dark:text-sky-300 dark:hover:bg-slate-800";

/** The quick win's findings in the current scan: filters and pages from the URL, server-side. */
export async function QuickWinFindings({ clusterId, quickWin, view, base }: { clusterId: string; quickWin: TQuickWinId; view: TFindingView; base: string }) {
  await connection();
  const t = await getTranslations();
  const texts = await getCheckTexts();
  const format = await getFormatter();
  const checks = CHECKS.filter((check) => check.quickWin === quickWin).map((check) => ({ id: check.id, title: texts.title(check.id) }));
  let loaded;
  try {
    loaded = await loadForView(() =>
      Promise.all([
        listFindings(clusterId, {
          quickWin, namespace: view.namespace, severity: view.severity, status: view.status, check: view.check,
          cursor: view.cursor, limit: FINDINGS_PAGE_SIZE,
        }, texts.locale),
        clusterNamespaces(clusterId).then((result) => result.namespaces.map((item) => item.namespace)),
      ]),
    );
  } catch (error) {
    // A cursor from an old link (or edited by hand) no longer names a page: offer the first one.
    if (isAppError(error) && error.code === "validation_failed") {
      return (
        <p role="alert" className="text-sm">
          {t("quickWin.findings.badCursor")}{" "}
          <Link href={findingViewHref(base, { ...view, cursor: undefined, page: 1 })} className="font-medium text-brand-700 underline dark:text-sky-300">{t("quickWin.findings.firstPage")}</Link>
        </p>
      );
    }
    throw error;
  }
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const [page, namespaces] = loaded.data as [TFindingPage, string[]];
  const pages = Math.max(1, Math.ceil(page.total / FINDINGS_PAGE_SIZE));
  const titles = new Map(checks.map((check) => [check.id, check.title]));

  return (
    <div>
      <FindingsFilterForm base={base} filters={view} namespaces={namespaces} checks={checks} />
      <p className="mb-3 text-sm" aria-live="polite">
        <span className="font-semibold">{t(hasFilters(view) ? "quickWin.findings.totalFiltered" : "quickWin.findings.total", { count: page.total })}</span>
        {page.scan?.finishedAt ? <span className="text-slate-600 dark:text-slate-400"> · {t("quickWin.findings.scanOf", { date: format.dateTime(page.scan.finishedAt, { dateStyle: "medium", timeStyle: "short" }) })}</span> : null}
      </p>
      {page.items.length === 0 ? (
        <div className="rounded-md border border-dashed border-slate-300 p-6 text-center text-sm dark:border-slate-600">
          <p className="font-medium">{t(!page.scan ? "quickWin.findings.noScan" : hasFilters(view) ? "quickWin.findings.empty" : "quickWin.findings.emptyNone")}</p>
          {hasFilters(view) ? (
            <Link href={findingViewHref(base, {})} className="mt-2 inline-block font-medium text-brand-700 underline dark:text-sky-300">{t("quickWin.findings.clear")}</Link>
          ) : null}
        </div>
      ) : (
        <>
          <FindingsTable
            items={page.items}
            titles={titles}
            caption={t("quickWin.findings.caption", { name: t(`quickWins.${quickWin}.name`), page: view.page, pages })}
          />
          <nav aria-label={t("quickWin.findings.pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
            <span className="text-slate-600 dark:text-slate-400">{t("quickWin.findings.pageOf", { page: view.page, pages })}</span>
            <span className="flex gap-2">
              {view.cursor ? <Link href={findingViewHref(base, { ...view, cursor: undefined, page: 1 })} className={PAGER_LINK}>{t("quickWin.findings.firstPage")}</Link> : null}
              {page.nextCursor ? (
                <Link href={findingViewHref(base, { ...view, cursor: page.nextCursor, page: view.page + 1 })} className={PAGER_LINK} rel="next">
                  {t("quickWin.findings.nextPage")}
                  <span aria-hidden="true">→</span>
                </Link>
              ) : null}
            </span>
          </nav>
        </>
      )}
    </div>
  );
}
