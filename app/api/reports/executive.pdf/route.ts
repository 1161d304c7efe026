import { route } from "@/lib/api/route";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locale";
import { resolvePeriod, ZReportQuery } from "@/lib/report/options";
import { renderExecutiveReport } from "@/lib/report/render";

export const dynamic = "force-dynamic";

const PERIOD_PROBLEMS = {
  invalid: "periodInvalid",
  reversed: "periodReversed",
  too_long: "periodTooLong",
} as const;

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/**
 * The executive summary as a PDF download: the chosen clusters (default: all) over a period
 * (default: the last 90 days), in the reader's language unless `lang` says otherwise.
 */
export const GET = route({ access: "viewer", query: ZReportQuery }, async ({ request, query }) => {
  const now = new Date();
  const period = resolvePeriod(query, now);
  if ("problem" in period) throw new AppError("validation_failed", PERIOD_PROBLEMS[period.problem]);
  const locale = query.lang ?? pickLocale(cookie(request, LOCALE_COOKIE), request.headers.get("accept-language"));
  const { pdf, fileName } = await renderExecutiveReport({
    clusterIds: query.clusters, from: period.from, to: period.to, locale, organisation: env().RAMPARTS_ORGANISATION, now,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${fileName}"`,
      "content-length": String(pdf.length),
      "cache-control": "no-store",
    },
  });
});
