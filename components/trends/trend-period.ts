// The period the trends show, and the scan labels of their charts and tables (server side).
import { getFormatter } from "next-intl/server";
import { scanLabels } from "./trend-format";

/** How many days of history the trends show. */
export const TREND_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;

export function trendFrom(now = new Date()): Date {
  return new Date(now.getTime() - TREND_DAYS * DAY_MS);
}

/** Date labels of the scans, formatted once on the server (the same text in the charts and their tables). */
export async function trendLabels(dates: Date[]): Promise<string[]> {
  const format = await getFormatter();
  return scanLabels(
    dates,
    (date) => format.dateTime(date, { day: "numeric", month: "short" }),
    (date) => format.dateTime(date, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }),
  );
}
