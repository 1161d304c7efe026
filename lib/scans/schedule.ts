// Cluster scan schedules: standard 5-field cron, validated, described in words (English or
// French) and with the next run time. Pure.
import cronParser from "cron-parser";
import cronstrue from "cronstrue/i18n";

export const DEFAULT_SCHEDULE = "0 */6 * * *";

export type TScheduleCheck = { ok: true; next: Date } | { ok: false; message: string };

/** Five fields only (minute hour day month weekday), in UTC; seconds and years are refused. */
export function checkSchedule(expression: string, from = new Date()): TScheduleCheck {
  const trimmed = expression.trim();
  if (trimmed.split(/\s+/).length !== 5) {
    return { ok: false, message: "A schedule has five fields: minute hour day-of-month month day-of-week (for example 0 */6 * * *)." };
  }
  try {
    const interval = cronParser.parseExpression(trimmed, { currentDate: from, utc: true });
    const next = interval.next().toDate();
    const after = interval.next().toDate();
    if (after.getTime() - next.getTime() < 5 * 60_000) {
      return { ok: false, message: "Scans may not run more often than every 5 minutes." };
    }
    return { ok: true, next };
  } catch (error) {
    return { ok: false, message: `Not a valid schedule: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function nextRun(expression: string, from = new Date()): Date | null {
  const result = checkSchedule(expression, from);
  return result.ok ? result.next : null;
}

export function describeSchedule(expression: string, locale: "en" | "fr"): string {
  try {
    return `${cronstrue.toString(expression, { locale, use24HourTimeFormat: true, verbose: false })} (UTC)`;
  } catch {
    return expression;
  }
}
