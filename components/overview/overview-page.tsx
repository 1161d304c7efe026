import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BUTTON_PRIMARY } from "@/components/clusters/styles";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { ExportPdfButton } from "@/components/reports/export-pdf-button";
import { FleetClusters } from "./fleet-clusters";
import type { TFleetSort } from "./sort";
import { Can } from "@/components/auth/can";

export async function OverviewPage({ sort }: { sort: TFleetSort }) {
  const t = await getTranslations("overview");
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <div className="flex flex-wrap items-start justify-end gap-2">
            {/* No cluster ids: the report covers every cluster the overview lists. */}
            <ExportPdfButton />
            <Can access="admin"><Link href="/clusters/new" className={BUTTON_PRIMARY}>{t("addCluster")}</Link></Can>
          </div>
        }
      />
      <div className="space-y-6">
        <Suspense fallback={<Card><Skeleton label={t("loading")} lines={5} /></Card>}>
          <FleetClusters sort={sort} />
        </Suspense>
      </div>
    </>
  );
}
