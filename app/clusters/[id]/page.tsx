import { guardPage } from "@/components/auth/guard";
import { ClusterPage } from "@/components/cluster/cluster-page";
import { parseRatingsMode } from "@/components/cluster/ratings-mode";

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <ClusterPage clusterId={id} ratingsMode={parseRatingsMode(query.ratings)} />;
}
