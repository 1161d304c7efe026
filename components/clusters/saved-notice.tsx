"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

/** "Cluster x is registered", after the form redirected here (?created=x or ?updated=x). */
export function SavedNotice() {
  const t = useTranslations("clusters.notices");
  const params = useSearchParams();
  const router = useRouter();
  const created = params.get("created");
  const updated = params.get("updated");
  if (!created && !updated) return null;
  return (
    <div role="status" className="mb-4 flex items-start justify-between gap-4 rounded-lg border border-emerald-600 bg-emerald-50 p-4 text-sm text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950/40 dark:text-emerald-50">
      <p>
        <span aria-hidden="true">✓ </span>
        {created ? t("created", { name: created }) : t("updated", { name: updated ?? "" })}
      </p>
      <button type="button" className="shrink-0 font-medium underline underline-offset-2" onClick={() => router.replace("/clusters")}>{t("dismiss")}</button>
    </div>
  );
}
