import type { ReactNode } from "react";

export interface TColumn {
  label: ReactNode;
  /** A column of numbers: right-aligned. */
  numeric?: boolean;
  /** More classes for this header cell. */
  className?: string;
}

/**
 * The dashboard's plain data table: horizontal scroll on narrow screens, a caption (for screen
 * readers only unless `captionVisible`), one header row of `columns` (false entries are left out)
 * and the body rows given as children.
 */
export function DataTable({ caption, captionId, captionVisible = false, labelledBy, columns, children }: {
  caption: ReactNode;
  captionId?: string;
  captionVisible?: boolean;
  labelledBy?: string;
  columns: readonly (TColumn | false)[];
  children: ReactNode;
}) {
  const shown = columns.filter((column): column is TColumn => column !== false);
  return (
    // Positioned: an sr-only (absolute) label inside a scrolled-away column must be clipped with it, not widen the page.
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm" aria-labelledby={labelledBy}>
        <caption id={captionId} className={captionVisible ? "mb-2 text-left text-sm font-medium" : "sr-only"}>{caption}</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            {shown.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={["py-2", index < shown.length - 1 ? "pr-4" : "", column.numeric ? "text-right" : "", column.className ?? ""].filter(Boolean).join(" ")}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}
