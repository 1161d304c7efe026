import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { listClusters } from "@/lib/db/clusters";
import { loadForView } from "@/lib/db/load";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { ClusterTable } from "@/components/clusters/cluster-table";
import { FleetEmptyState } from "./fleet-empty-state";

export async function FleetClusters() {
  await connection();
  const t = await getTranslations("overview");
  const loaded = await loadForView(() => listClusters());
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const clusters = loaded.data;
  if (clusters.length === 0) return <FleetEmptyState />;
  return (
    <Card labelledBy="fleet-title">
      <h2 id="fleet-title" className="mb-3 text-lg font-semibold">{t("clusterCount", { count: clusters.length })}</h2>
      <ClusterTable clusters={clusters} />
    </Card>
  );
}
