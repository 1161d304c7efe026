import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BUTTON_PRIMARY, INPUT_CLASS } from "@/components/clusters/styles";
import { SEVERITIES } from "@/lib/scoring/weights";
import { FINDING_STATUSES, findingViewHref, hasFilters, type TFindingFilters } from "./filters";

const SELECT = `${INPUT_CLASS} min-w-0`;

/**
 * The findings filters as a GET form: it works without JavaScript, and the resulting URL is the
 * shareable view (next/form turns the submission into a client navigation where JS runs).
 */
export async function FindingsFilterForm({ base, filters, namespaces, checks }: {
  base: string;
  filters: TFindingFilters;
  namespaces: string[];
  checks: { id: string; title: string }[];
}) {
  const t = await getTranslations();
  const options = filters.namespace && !namespaces.includes(filters.namespace) ? [filters.namespace, ...namespaces] : namespaces;
  return (
    <Form action={`${base}#findings`} scroll={false} className="mb-4 rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-950/40">
      <fieldset>
        <legend className="sr-only">{t("quickWin.findings.filters")}</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(3,minmax(0,1fr))_minmax(0,1.6fr)]">
          <div className="space-y-1">
            <label htmlFor="filter-namespace" className="block text-xs font-medium">{t("quickWin.findings.namespace")}</label>
            <select id="filter-namespace" name="namespace" defaultValue={filters.namespace ?? ""} className={SELECT}>
              <option value="">{t("quickWin.findings.anyNamespace")}</option>
              {options.map((namespace) => <option key={namespace} value={namespace}>{namespace}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="filter-severity" className="block text-xs font-medium">{t("quickWin.findings.severity")}</label>
            <select id="filter-severity" name="severity" defaultValue={filters.severity ?? ""} className={SELECT}>
              <option value="">{t("quickWin.findings.anySeverity")}</option>
              {SEVERITIES.map((severity) => <option key={severity} value={severity}>{t(`finding.severity.${severity}`)}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="filter-status" className="block text-xs font-medium">{t("quickWin.findings.status")}</label>
            <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={SELECT}>
              <option value="">{t("quickWin.findings.anyStatus")}</option>
              {FINDING_STATUSES.map((status) => <option key={status} value={status}>{t(`finding.status.${status}`)}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="filter-check" className="block text-xs font-medium">{t("quickWin.findings.check")}</label>
            <select id="filter-check" name="check" defaultValue={filters.check ?? ""} className={SELECT}>
              <option value="">{t("quickWin.findings.anyCheck")}</option>
              {checks.map((check) => <option key={check.id} value={check.id}>{check.title}</option>)}
            </select>
          </div>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <button type="submit" className={`${BUTTON_PRIMARY} py-1.5`}>{t("quickWin.findings.apply")}</button>
          {hasFilters(filters) ? (
            <Link href={findingViewHref(base, {})} scroll={false} className="text-sm font-medium text-brand-700 underline dark:text-sky-300">{t("quickWin.findings.clear")}</Link>
          ) : null}
        </div>
      </fieldset>
    </Form>
  );
}
