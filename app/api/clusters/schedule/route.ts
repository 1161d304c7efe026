import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/api/route";
import { pickLocale } from "@/lib/i18n/locale";
import { checkSchedule, describeSchedule } from "@/lib/scans/schedule";

export const dynamic = "force-dynamic";

/** A schedule in words and its next run, for the form (cron parsing stays on the server). */
export const GET = route({ access: "viewer", query: z.object({ expression: z.string().max(200), locale: z.enum(["en", "fr"]).optional() }) }, async ({ request, query }) => {
  const locale = query.locale ?? pickLocale(undefined, request.headers.get("accept-language"));
  const check = checkSchedule(query.expression);
  const body = check.ok
    ? { ok: true as const, description: describeSchedule(query.expression.trim(), locale), next: check.next.toISOString() }
    : { ok: false as const, message: check.message };
  return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
});
