import { guardPage } from "@/components/auth/guard";
import { ScansHistoryPage } from "@/components/scans/scans-history-page";

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <ScansHistoryPage clusterId={id} cursor={typeof query.cursor === "string" && query.cursor !== "" ? query.cursor : undefined} />;
}
