"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { memo, useDeferredValue, useId, useMemo, useState, type ReactNode } from "react";
import { QUICK_WIN_IDS, type TQuickWinId } from "@/lib/scoring/quick-wins";
import { complianceGrade, GRADE_CELL_CLASSES, NOT_ASSESSABLE_CLASSES } from "@/components/trends/grade-scale";
import { flooredPercent } from "@/components/trends/trend-format";
import { GradeBadge } from "./compliance-cell";
import { filterRows, nextSort, sortRows, type TNamespaceRow, type TSort, type TSortKey } from "./heatmap-sort";
import { HeatmapLegend } from "./heatmap-legend";
import { namespaceHref } from "./namespace-path";

/** Rows rendered at first and added per "Show more": a cluster may have thousands of namespaces. */
export const PAGE_SIZE = 100;

function SortIcon({ direction }: { direction: "ascending" | "descending" | null }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 10 14" className={`size-3 shrink-0 ${direction ? "" : "opacity-40"}`}>
      {direction !== "descending" ? <path fill="currentColor" d="M5 1 9 6H1z" /> : null}
      {direction !== "ascending" ? <path fill="currentColor" d="M5 13 1 8h8z" /> : null}
    </svg>
  );
}

function HeaderButton({ column, sort, onSort, children, align = "left" }: { column: TSortKey; sort: TSort; onSort: (key: TSortKey) => void; children: ReactNode; align?: "left" | "center" }) {
  const active = sort.key === column;
  return (
    <button
      type="button"
      onClick={() => onSort(column)}
      className={`inline-flex w-full items-center gap-1 rounded px-1 py-0.5 text-xs font-medium uppercase hover:bg-slate-100 dark:hover:bg-slate-800 ${align === "center" ? "justify-center" : ""} ${active ? "text-slate-900 dark:text-slate-100" : ""}`}
    >
      {children}
      <SortIcon direction={active ? sort.direction : null} />
    </button>
  );
}

const Row = memo(function Row({ row, clusterId }: { row: TNamespaceRow; clusterId: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const percent = (value: number) => format.number(flooredPercent(value), { style: "percent", maximumFractionDigits: 0 });
  return (
    <tr>
      <th scope="row" className="sticky left-0 z-10 max-w-56 bg-white py-1 pr-3 text-left font-medium break-all dark:bg-slate-900">
        <Link href={namespaceHref(clusterId, row.namespace)} className="text-brand-700 hover:underline dark:text-sky-400">{row.namespace}</Link>
      </th>
      <td className="px-2 py-1 whitespace-nowrap tabular-nums">
        <span className="inline-flex items-center gap-1.5">
          <GradeBadge grade={row.grade} label={row.grade ? t("namespaces.grade", { grade: row.grade }) : t("namespaces.notAssessable")} />
          {row.postureScore === null ? t("trends.notAvailable") : format.number(row.postureScore, { maximumFractionDigits: 1 })}
        </span>
      </td>
      <td className="px-2 py-1 text-right tabular-nums">{format.number(row.openFindings)}</td>
      {QUICK_WIN_IDS.map((quickWin, index) => {
        const compliance = row.compliance[index] ?? null;
        const grade = complianceGrade(compliance);
        const title = compliance === null
          ? t("namespaces.cell.notAssessable", { quickWin })
          : t("namespaces.cell.title", { quickWin, percent: percent(compliance), open: row.open[index] ?? 0 });
        return (
          <td key={quickWin} title={title} className={`border border-white px-1 py-1 text-center text-xs tabular-nums dark:border-slate-900 ${grade ? GRADE_CELL_CLASSES[grade] : NOT_ASSESSABLE_CLASSES}`}>
            {compliance === null ? t("trends.notAvailable") : percent(compliance)}
          </td>
        );
      })}
    </tr>
  );
});

/** Namespaces × quick wins, coloured by compliance; sortable by any column, filtered by name, rendered a page at a time. */
export function NamespaceHeatmap({ clusterId, rows }: { clusterId: string; rows: TNamespaceRow[] }) {
  const t = useTranslations();
  const filterId = useId();
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<TSort>({ key: "namespace", direction: "ascending" });
  const [limit, setLimit] = useState(PAGE_SIZE);
  const deferredFilter = useDeferredValue(filter);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const matching = useMemo(() => filterRows(sorted, deferredFilter), [sorted, deferredFilter]);
  const shown = matching.slice(0, limit);
  const remaining = matching.length - shown.length;
  const onSort = (key: TSortKey) => setSort((current) => nextSort(current, key));
  const ariaSort = (key: TSortKey) => (sort.key === key ? sort.direction : undefined);
  const quickWinName = (quickWin: TQuickWinId) => t(`quickWins.${quickWin}.name`);

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <label htmlFor={filterId} className="block text-sm font-medium">{t("namespaces.filter.label")}</label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(event) => { setFilter(event.target.value); setLimit(PAGE_SIZE); }}
            placeholder={t("namespaces.filter.placeholder")}
            className="mt-1 block w-80 max-w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm dark:border-slate-600 dark:bg-slate-950"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400" role="status" aria-live="polite">
          {deferredFilter.trim()
            ? t("namespaces.countFiltered", { shown: shown.length, matching: matching.length, total: rows.length })
            : t("namespaces.count", { shown: shown.length, total: rows.length })}
        </p>
      </div>
      {/* Positioned so that it clips the headers' sr-only names too: an absolute box escapes a scroll box that is not its containing block, and widened the page in French at 1,024 px. */}
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t("namespaces.table.caption")}</caption>
          <thead className="text-slate-600 dark:text-slate-400">
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" aria-sort={ariaSort("namespace")} className="sticky left-0 z-10 min-w-36 bg-white py-1 pr-3 text-left dark:bg-slate-900">
                <HeaderButton column="namespace" sort={sort} onSort={onSort}>{t("namespaces.table.namespace")}</HeaderButton>
              </th>
              <th scope="col" aria-sort={ariaSort("posture")} className="w-28 px-1 py-1 text-left">
                <HeaderButton column="posture" sort={sort} onSort={onSort}>{t("namespaces.table.posture")}</HeaderButton>
              </th>
              <th scope="col" aria-sort={ariaSort("openFindings")} className="w-20 px-1 py-1 text-right">
                <HeaderButton column="openFindings" sort={sort} onSort={onSort}>{t("namespaces.table.openFindings")}</HeaderButton>
              </th>
              {QUICK_WIN_IDS.map((quickWin) => (
                <th key={quickWin} scope="col" aria-sort={ariaSort(quickWin)} className="w-14 min-w-14 px-0.5 py-1" title={quickWinName(quickWin)}>
                  <HeaderButton column={quickWin} sort={sort} onSort={onSort} align="center">
                    <span aria-hidden="true">{quickWin}</span>
                    <span className="sr-only">{t("namespaces.table.quickWin", { quickWin, name: quickWinName(quickWin) })}</span>
                  </HeaderButton>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => <Row key={row.namespace} row={row} clusterId={clusterId} />)}
          </tbody>
        </table>
      </div>
      {matching.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t("namespaces.noMatch", { filter: deferredFilter.trim() })}</p>
      ) : null}
      {remaining > 0 ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" onClick={() => setLimit((value) => value + PAGE_SIZE)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            {t("namespaces.showMore", { count: Math.min(PAGE_SIZE, remaining) })}
          </button>
          <button type="button" onClick={() => setLimit(matching.length)} className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 hover:underline dark:text-sky-400">
            {t("namespaces.showAll", { count: matching.length })}
          </button>
        </div>
      ) : null}
      <HeatmapLegend />
    </div>
  );
}
