import { useTranslations } from "next-intl";
import type { TFinding } from "@/lib/api/schemas/findings";

/** Open or waived (and by what), as icon + words. */
export function FindingStatusBadge({ status, waivedBy }: Pick<TFinding, "status" | "waivedBy">) {
  const t = useTranslations("finding.status");
  if (status === "open") {
    return (
      <span className="inline-flex items-center gap-1 whitespace-nowrap text-sm font-medium text-slate-800 dark:text-slate-200">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0"><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16m0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12" /></svg>
        {t("open")}
      </span>
    );
  }
  return (
    <span className="inline-flex flex-col text-sm">
      <span className="inline-flex items-center gap-1 whitespace-nowrap font-medium text-blue-800 dark:text-sky-300">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0"><path fill="currentColor" d="M10 1 3 4v5c0 4.4 3 8.4 7 9.9 4-1.5 7-5.5 7-9.9V4zm3.3 5.3 1.4 1.4L9 13.4 5.8 10.2l1.4-1.4L9 10.6z" /></svg>
        {t("waived")}
      </span>
      {waivedBy ? <span className="text-xs text-slate-600 dark:text-slate-400">{t(waivedBy.source === "exception" ? "byException" : "byAnnotation")}</span> : null}
    </span>
  );
}
