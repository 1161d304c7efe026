import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { QuickWinRatingsTable } from "./quick-win-ratings-table";

export async function SettingsPage() {
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card labelledBy="ratings-title">
        <h2 id="ratings-title" className="text-lg font-semibold">{t("ratingsTitle")}</h2>
        <p className="mt-1 mb-4 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("ratingsIntro")}</p>
        <QuickWinRatingsTable />
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">{t("defaults")}</p>
      </Card>
    </>
  );
}
