import { OverviewPage } from "@/components/overview/overview-page";
import { parseFleetSort } from "@/components/overview/sort";

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  return <OverviewPage sort={parseFleetSort(query.sort, query.dir)} />;
}
