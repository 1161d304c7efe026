// The cluster page: header, status and "Scan now", the matrix beside the "do next" list, then the
// trends, coverage gaps and namespace heatmap. Each async widget has its own <Suspense>, so one
// slow or failing widget never blanks the rest.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { idParam } from "@/lib/api/params";
import { findClusterRecord } from "@/lib/db/clusters";
import { loadForView } from "@/lib/db/load";
import { ClusterTrends } from "@/components/trends/cluster-trends";
import { NamespaceHeatmapSection } from "@/components/namespaces/namespace-heatmap-section";
import { CoverageGaps } from "@/components/scans/coverage-gaps";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { isAppError } from "@/lib/errors";
import { ClusterHeader, clusterHead } from "./cluster-header";
import { ClusterPriorities } from "./cluster-priorities";
import { ClusterStatus } from "./cluster-status";
import type { TRatingsMode } from "./ratings-mode";

/** The cluster row, or a 404 before anything streams (an unknown or malformed id). */
async function loadCluster(clusterId: string) {
  try {
    const id = idParam({ id: clusterId }, "id", "cluster");
    return await loadForView(async () => {
      const row = await findClusterRecord(id);
      if (!row) notFound();
      return clusterHead(row);
    });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export async function ClusterPage({ clusterId, ratingsMode }: { clusterId: string; ratingsMode: TRatingsMode }) {
  await connection();
  const t = await getTranslations("cluster");
  const loaded = await loadCluster(clusterId);
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title={t("title")} />
        <DatabaseError reason={loaded.reason} />
      </>
    );
  }
  const cluster = loaded.data;
  const skeleton = (label: string, lines = 3) => <Card><Skeleton label={label} lines={lines} /></Card>;

  return (
    <>
      <ClusterHeader cluster={cluster} ratingsMode={ratingsMode} />
      <div className="space-y-6">
        <Suspense fallback={skeleton(t("status.title"), 2)}>
          <ClusterStatus cluster={cluster} ratingsMode={ratingsMode} />
        </Suspense>
        <Suspense fallback={skeleton(t("matrixTitle"), 8)}>
          <ClusterPriorities clusterId={cluster.id} ratingsMode={ratingsMode} />
        </Suspense>
        <Suspense fallback={skeleton(t("loading.trends"), 5)}>
          <ClusterTrends clusterId={cluster.id} ratingsMode={ratingsMode} />
        </Suspense>
        <Suspense fallback={skeleton(t("loading.gaps"))}>
          <CoverageGaps clusterId={cluster.id} />
        </Suspense>
        <Suspense fallback={skeleton(t("loading.namespaces"), 6)}>
          <NamespaceHeatmapSection clusterId={cluster.id} ratingsMode={ratingsMode} />
        </Suspense>
      </div>
    </>
  );
}
