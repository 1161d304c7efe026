import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

export async function FleetEmptyState() {
  const t = await getTranslations("overview");
  return (
    <Card labelledBy="empty-title" className="border-dashed">
      <h2 id="empty-title" className="text-lg font-semibold">{t("emptyTitle")}</h2>
      <p className="mt-2 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("emptyBody")}</p>
      <h3 className="mt-4 text-sm font-semibold">{t("emptyStepsTitle")}</h3>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
        <li>{t("emptyStep1")}</li>
        <li>{t("emptyStep2")}</li>
        <li>{t("emptyStep3")}</li>
      </ol>
    </Card>
  );
}
