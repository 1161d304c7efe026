import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function ReportsPage() {
  const t = await getTranslations("reports");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")}</p>
      </Card>
    </>
  );
}
