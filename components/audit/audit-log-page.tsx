import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { actionKey, readAuditFilters, type TSearchParams } from "./audit-filters";
import { AuditTable } from "./audit-table";

const INPUT = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-950";
const LABEL = "block text-sm font-medium";

/** /settings/audit: filters (a plain GET form: the URL holds them) above one page of events. */
export async function AuditLogPage({ searchParams }: { searchParams: TSearchParams }) {
  const t = await getTranslations("audit");
  const { form, query, invalid } = readAuditFilters(searchParams);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SettingsNav current="/settings/audit" />
      <div className="space-y-6">
        <Card labelledBy="audit-filters-title">
          <h2 id="audit-filters-title" className="sr-only">{t("filters.label")}</h2>
          <form method="get" action="/settings/audit" role="search" aria-label={t("filters.label")} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1.2fr_1.2fr_1fr_1fr_auto]">
            <div>
              <label htmlFor="audit-action" className={LABEL}>{t("filters.action")}</label>
              <select id="audit-action" name="action" defaultValue={form.action} className={INPUT}>
                <option value="">{t("filters.anyAction")}</option>
                {AUDIT_ACTIONS.map((action) => <option key={action} value={action}>{t(`actions.${actionKey(action)}`)}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="audit-actor" className={LABEL}>{t("filters.actor")}</label>
              <input id="audit-actor" name="actor" type="search" defaultValue={form.actor} maxLength={320} className={INPUT} />
            </div>
            <div>
              <label htmlFor="audit-from" className={LABEL}>{t("filters.from")}</label>
              <input id="audit-from" name="from" type="date" defaultValue={form.from} className={INPUT} />
            </div>
            <div>
              <label htmlFor="audit-to" className={LABEL}>{t("filters.to")}</label>
              <input id="audit-to" name="to" type="date" defaultValue={form.to} className={INPUT} />
            </div>
            <div className="flex items-end gap-3">
              <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300">
                {t("filters.apply")}
              </button>
              <Link href="/settings/audit" className="py-1.5 text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">{t("filters.clear")}</Link>
            </div>
          </form>
          {invalid ? <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">{t("invalid")}</p> : null}
        </Card>
        <Card>
          {/* Keyed by the query: a new filter or page shows the skeleton while it loads. */}
          <Suspense key={JSON.stringify(query)} fallback={<Skeleton label={t("loading")} lines={8} />}>
            <AuditTable query={query} form={form} filtered={Boolean(form.action || form.actor || form.from || form.to) && !invalid} />
          </Suspense>
        </Card>
      </div>
    </>
  );
}
