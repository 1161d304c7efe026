import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { QuickWinRatingsTable } from "@/components/settings/quick-win-ratings-table";
import { Card } from "@/components/ui/card";
import { FleetClusters } from "./fleet-clusters";

export async function OverviewPage() {
  const t = await getTranslations("overview");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="space-y-6">
        <Suspense fallback={<Card><Skeleton label={t("title")} lines={4} /></Card>}>
          <FleetClusters />
        </Suspense>
        <Card labelledBy="quick-wins-title">
          <h2 id="quick-wins-title" className="mb-3 text-lg font-semibold">{t("quickWinsTitle")}</h2>
          <QuickWinRatingsTable />
        </Card>
      </div>
    </>
  );
}
