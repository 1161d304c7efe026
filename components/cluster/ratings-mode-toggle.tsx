import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TRatingsMode } from "./ratings-mode";

/** Today's ratings or those recorded with each scan: a pair of links, so the choice lives in the URL. */
export async function RatingsModeToggle({ clusterId, mode }: { clusterId: string; mode: TRatingsMode }) {
  const t = await getTranslations("cluster.ratingsMode");
  const base = `/clusters/${encodeURIComponent(clusterId)}`;
  const option = (value: TRatingsMode, href: string) => (
    <Link
      href={href}
      aria-current={mode === value ? "true" : undefined}
      scroll={false}
      className="rounded px-3 py-1 text-xs font-medium text-slate-700 hover:text-slate-950 aria-[current=true]:bg-white aria-[current=true]:text-slate-950 aria-[current=true]:shadow-sm dark:text-slate-300 dark:hover:text-white dark:aria-[current=true]:bg-slate-700 dark:aria-[current=true]:text-white"
    >
      {t(value)}
    </Link>
  );
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <span aria-hidden="true">{t("label")}</span>
      <span className="inline-flex rounded-md bg-slate-100 p-0.5 dark:bg-slate-800">
        {option("current", base)}
        {option("recorded", `${base}?ratings=recorded`)}
      </span>
    </nav>
  );
}
