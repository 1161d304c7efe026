// PLACEHOLDER (helper H2 replaces): namespaces × quick wins heatmap, sortable and filterable.
import type { TRatingsMode } from "@/components/cluster/ratings-mode";

export async function NamespaceHeatmapSection(_props: { clusterId: string; ratingsMode: TRatingsMode }) {
  return null;
}
