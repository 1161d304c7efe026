import { guardPage } from "@/components/auth/guard";
import { OverviewPage } from "@/components/overview/overview-page";
import { parseFleetSort } from "@/components/overview/sort";

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  const query = await searchParams;
  return <OverviewPage sort={parseFleetSort(query.sort, query.dir)} />;
}
