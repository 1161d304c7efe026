import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { listClusters } from "@/lib/db/clusters";
import { DatabaseUnavailableError } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { ClusterTable } from "./cluster-table";

async function ClusterList() {
  await connection();
  const t = await getTranslations("clusters");
  try {
    const clusters = await listClusters({ includeArchived: true });
    if (clusters.length === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")}</p>;
    return <ClusterTable clusters={clusters} />;
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return <DatabaseError reason={error.reason} />;
    throw error;
  }
}

export async function ClustersPage() {
  const t = await getTranslations("clusters");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card>
        <Suspense fallback={<Skeleton label={t("title")} />}>
          <ClusterList />
        </Suspense>
      </Card>
    </>
  );
}
