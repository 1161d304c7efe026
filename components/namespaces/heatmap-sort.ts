// Sorting and filtering of the namespace heatmap (pure, so it is tested without a browser).
import type { TNamespaces } from "@/lib/api/schemas/scoring";
import type { TGrade } from "@/lib/scoring/posture";
import { QUICK_WIN_IDS, type TQuickWinId } from "@/lib/scoring/quick-wins";

/**
 * What the heatmap needs of a namespace. A cluster can have thousands, all sent to the browser,
 * so the nine cells travel as two arrays in QUICK_WIN_IDS order (a third of the size of objects).
 */
export interface TNamespaceRow {
  namespace: string;
  postureScore: number | null;
  grade: TGrade | null;
  openFindings: number;
  /** Compliance per quick win (0–1, null: nothing assessable), in QUICK_WIN_IDS order. */
  compliance: (number | null)[];
  /** Open findings per quick win, in QUICK_WIN_IDS order. */
  open: number[];
}

/**
 * The heatmap row of an API namespace row. Compliance is cut (rounded down) to four decimals,
 * which keeps the page small and never shows a quick win as fully compliant when it is not.
 */
export function heatmapRow(row: TNamespaces["namespaces"][number]): TNamespaceRow {
  const cut = (value: number | null) => (value === null ? null : Math.floor(value * 10_000) / 10_000);
  return {
    namespace: row.namespace,
    postureScore: row.postureScore,
    grade: row.grade,
    openFindings: row.openFindings,
    compliance: QUICK_WIN_IDS.map((id) => cut(row.quickWins[id].compliance)),
    open: QUICK_WIN_IDS.map((id) => row.quickWins[id].openFindings),
  };
}

export type TSortKey = "namespace" | "posture" | "openFindings" | TQuickWinId;
export type TSortDirection = "ascending" | "descending";
export interface TSort {
  key: TSortKey;
  direction: TSortDirection;
}

/** The direction a column sorts in when first chosen: worst first for scores, most first for findings. */
export function firstDirection(key: TSortKey): TSortDirection {
  return key === "openFindings" ? "descending" : "ascending";
}

/** Clicking a column: the other direction when it is already the sort, else its first direction. */
export function nextSort(current: TSort, key: TSortKey): TSort {
  if (current.key === key) return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: firstDirection(key) };
}

function valueOf(row: TNamespaceRow, key: Exclude<TSortKey, "namespace">): number | null {
  if (key === "posture") return row.postureScore;
  if (key === "openFindings") return row.openFindings;
  return row.compliance[QUICK_WIN_IDS.indexOf(key)] ?? null;
}

const byName = (a: TNamespaceRow, b: TNamespaceRow) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0);

/**
 * Rows in the chosen order. Nothing assessable (null) goes last whatever the direction; ties
 * keep name order, so the table never shuffles between renders.
 */
export function sortRows(rows: readonly TNamespaceRow[], sort: TSort): TNamespaceRow[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  if (sort.key === "namespace") return [...rows].sort((a, b) => sign * byName(a, b));
  const key = sort.key;
  return [...rows].sort((a, b) => {
    const left = valueOf(a, key);
    const right = valueOf(b, key);
    if (left === null || right === null) return left === right ? byName(a, b) : left === null ? 1 : -1;
    return left === right ? byName(a, b) : sign * (left - right);
  });
}

/** Case-insensitive substring match on the name; blank keeps everything. */
export function filterRows(rows: readonly TNamespaceRow[], filter: string): readonly TNamespaceRow[] {
  const needle = filter.trim().toLowerCase();
  return needle ? rows.filter((row) => row.namespace.toLowerCase().includes(needle)) : rows;
}
