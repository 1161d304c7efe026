import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listClusters, type TClusterSummary } from "@/lib/db/clusters";
import { DatabaseUnavailableError } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { ClusterTable } from "@/components/clusters/cluster-table";
import { FleetEmptyState } from "./fleet-empty-state";

export async function FleetClusters() {
  await connection();
  const t = await getTranslations("overview");
  let clusters: TClusterSummary[];
  try {
    clusters = await listClusters();
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return <DatabaseError reason={error.reason} />;
    throw error;
  }
  if (clusters.length === 0) return <FleetEmptyState />;
  return (
    <Card labelledBy="fleet-title">
      <h2 id="fleet-title" className="mb-3 text-lg font-semibold">{t("clusterCount", { count: clusters.length })}</h2>
      <ClusterTable clusters={clusters} />
    </Card>
  );
}
