// What a report covers: which clusters, which period, which language. Shared by the route (query
// string), the export button (which builds the same query) and the loader.
import { z } from "zod";
import { ZDateInput, ZId } from "../api/schemas/common";
import { LOCALES, type TLocale } from "../i18n/locale";

const DAY_MS = 24 * 3600 * 1000;
/** The default period: the 90 days before `to`, as the trends default to. */
export const DEFAULT_PERIOD_DAYS = 90;
/** A report covers at most a little over two years (longer periods only slow the read down). */
export const MAX_PERIOD_DAYS = 800;
/** At most this many clusters per report (the benchmark's 20, with room). */
export const MAX_CLUSTERS = 100;

export const ZReportQuery = z.object({
  /** Comma-separated cluster ids; default: every cluster that is not archived. */
  clusters: z
    .string()
    .max(MAX_CLUSTERS * 37)
    .optional()
    .describe("Comma-separated cluster ids (default: every cluster that is not archived)")
    .transform((value, ctx) => {
      const ids = [...new Set((value ?? "").split(",").map((id) => id.trim().toLowerCase()).filter(Boolean))];
      for (const id of ids) {
        if (!ZId.safeParse(id).success) ctx.addIssue({ code: "custom", message: `Not a cluster id: ${id.slice(0, 40)}` });
      }
      if (ids.length > MAX_CLUSTERS) ctx.addIssue({ code: "custom", message: `At most ${MAX_CLUSTERS} clusters.` });
      return ids;
    }),
  /** Start of the period (ISO 8601); default: 90 days before `to`. */
  from: ZDateInput.optional().describe("Start of the period, ISO 8601 (default: 90 days before `to`)"),
  /** End of the period (ISO 8601); default: now. */
  to: ZDateInput.optional().describe("End of the period, ISO 8601 (default: now)"),
  /** Language of the report; default: the reader's (cookie, then Accept-Language). */
  lang: z.enum(LOCALES).optional().describe("en or fr (default: the reader's language)"),
});

export type TReportQuery = z.infer<typeof ZReportQuery>;

export interface TReportOptions {
  /** Empty: every cluster that is not archived. */
  clusterIds: string[];
  from: Date;
  to: Date;
  locale: TLocale;
  organisation: string;
  now: Date;
}

export type TPeriodProblem = "invalid" | "reversed" | "too_long";

/** The period a query asks for, or why it cannot be used. */
export function resolvePeriod(query: { from?: Date; to?: Date }, now: Date): { from: Date; to: Date } | { problem: TPeriodProblem } {
  const to = query.to ?? now;
  const from = query.from ?? new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  if (Number.isNaN(to.getTime()) || Number.isNaN(from.getTime())) return { problem: "invalid" };
  if (from.getTime() > to.getTime()) return { problem: "reversed" };
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) return { problem: "too_long" };
  return { from, to };
}
