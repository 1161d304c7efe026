// PLACEHOLDER (helper H1 replaces): the cluster page composes the matrix, priority list, scan-now,
// and the sections below, each in its own <Suspense>.
import { ClusterTrends } from "@/components/trends/cluster-trends";
import { NamespaceHeatmapSection } from "@/components/namespaces/namespace-heatmap-section";
import { CoverageGaps } from "@/components/scans/coverage-gaps";
import type { TRatingsMode } from "./ratings-mode";

export function ClusterPage({ clusterId, ratingsMode }: { clusterId: string; ratingsMode: TRatingsMode }) {
  return (
    <div className="space-y-6">
      <ClusterTrends clusterId={clusterId} ratingsMode={ratingsMode} />
      <CoverageGaps clusterId={clusterId} />
      <NamespaceHeatmapSection clusterId={clusterId} ratingsMode={ratingsMode} />
    </div>
  );
}
