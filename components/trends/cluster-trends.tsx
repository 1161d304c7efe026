// PLACEHOLDER (helper H2 replaces): posture trend, per-quick-win small multiples, new vs resolved.
import type { TRatingsMode } from "@/components/cluster/ratings-mode";

export async function ClusterTrends(_props: { clusterId: string; ratingsMode: TRatingsMode }) {
  return null;
}
