import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { listClusters } from "@/lib/db/clusters";
import { loadForView } from "@/lib/db/load";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { BUTTON_PRIMARY } from "./styles";
import { ClusterTable } from "./cluster-table";
import { SavedNotice } from "./saved-notice";
import { Can } from "@/components/auth/can";

async function ClusterList() {
  await connection();
  const t = await getTranslations("clusters");
  const clusters = await loadForView(() => listClusters({ includeArchived: true }));
  if (!clusters.ok) return <DatabaseError reason={clusters.reason} />;
  if (clusters.data.length === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")}</p>;
  return <ClusterTable clusters={clusters.data} actions />;
}

export async function ClustersPage() {
  const t = await getTranslations("clusters");
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={<Can access="admin"><Link href="/clusters/new" className={BUTTON_PRIMARY}>{t("add")}</Link></Can>}
      />
      <Suspense fallback={null}>
        <SavedNotice />
      </Suspense>
      <Card>
        <Suspense fallback={<Skeleton label={t("title")} />}>
          <ClusterList />
        </Suspense>
      </Card>
    </>
  );
}
