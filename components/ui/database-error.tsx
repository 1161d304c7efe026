import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown in place of a widget whose data could not be read; the rest of the page still works. */
export async function DatabaseError({ reason }: { reason: string }) {
  const t = await getTranslations("errors");
  return (
    <div role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-5 text-amber-950 dark:border-amber-500/60 dark:bg-amber-950/40 dark:text-amber-100">
      <h2 className="flex items-center gap-2 font-semibold">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0">
          <path fill="currentColor" d="M10 1.5 19 18H1zM9 7v5h2V7zm0 6.5v2h2v-2z" />
        </svg>
        {t("databaseTitle")}
      </h2>
      <p className="mt-2 text-sm">{t("databaseBody")}</p>
      <p className="mt-2 text-sm font-mono">{t("reason", { reason })}</p>
      <p className="mt-3 flex gap-4 text-sm">
        <a href="" className="font-medium underline">{t("retry")}</a>
        <Link href="/api/health" className="font-medium underline" prefetch={false}>{t("health")}</Link>
      </p>
    </div>
  );
}
