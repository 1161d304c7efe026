// The export button's request and answer, as plain functions (unit-tested): the query the route
// reads (lib/report/options.ts ZReportQuery) and the file name it sends back.
import type { TLocale } from "@/lib/i18n/locale";

export interface TExportOptions {
  clusterIds: readonly string[];
  /** yyyy-mm-dd from a date input ("" = the route's default), read as the reader's local day. */
  from: string;
  to: string;
  lang: TLocale;
}

/** The start of a local day (from) or its last millisecond (to), as ISO 8601; undefined when empty. */
export function dayBound(day: string, end: boolean): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const at = end ? new Date(year, month, date, 23, 59, 59, 999) : new Date(year, month, date, 0, 0, 0, 0);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** True when both days are set and the first comes after the second. */
export function periodReversed(from: string, to: string): boolean {
  return Boolean(from && to && from > to);
}

export function exportUrl(options: TExportOptions): string {
  const query = new URLSearchParams();
  if (options.clusterIds.length) query.set("clusters", options.clusterIds.join(","));
  const from = dayBound(options.from, false);
  const to = dayBound(options.to, true);
  if (from) query.set("from", from);
  if (to) query.set("to", to);
  query.set("lang", options.lang);
  return `/api/reports/executive.pdf?${query.toString()}`;
}

/** The file name of a Content-Disposition header (attachment; filename="…"), or a fallback. */
export function fileNameOf(disposition: string | null, fallback = "executive-summary.pdf"): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? "") ?? /filename=([^;]+)/.exec(disposition ?? "");
  const name = match?.[1]?.trim();
  return name && /^[\w.-]+$/.test(name) ? name : fallback;
}
