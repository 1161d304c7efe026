import type { ReactNode } from "react";

/**
 * A chart's values as a real table, folded under "Show data" (the text alternative of the picture).
 * The body cells' padding is set once on the table (BODY_CELLS), not on each of the hundreds of
 * cells of a 90-day table: their class names were a fifth of the cluster page's HTML and payload.
 */
export function ShowData({ label, caption, children }: { label: string; caption: string; children: ReactNode }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="w-fit cursor-pointer rounded font-medium text-brand-700 hover:underline dark:text-sky-400">{label}</summary>
      <div className="relative mt-2 overflow-x-auto">
        <table className={`w-full text-left text-sm tabular-nums ${BODY_CELLS}`}>
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

export const TH_CLASS = "py-1.5 pr-4 text-xs font-medium uppercase text-slate-600 dark:text-slate-400";
export const TD_CLASS = "py-1.5 pr-4";
/** TD_CLASS for every body cell of a ShowData table, and row headers in the normal weight. */
const BODY_CELLS = "[&_tbody_td]:py-1.5 [&_tbody_td]:pr-4 [&_tbody_th]:py-1.5 [&_tbody_th]:pr-4 [&_tbody_th]:font-normal";

/** A table's header row of plain column labels; `right` lists the columns of numbers, aligned right. */
export function ColumnHeads({ labels, right = [], className }: { labels: readonly ReactNode[]; right?: readonly number[]; className?: string }) {
  return (
    <thead className={className}>
      <tr>
        {labels.map((label, index) => (
          <th key={index} scope="col" className={right.includes(index) ? `${TH_CLASS} text-right` : TH_CLASS}>{label}</th>
        ))}
      </tr>
    </thead>
  );
}
