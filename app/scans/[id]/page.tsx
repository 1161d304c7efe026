import { guardPage } from "@/components/auth/guard";
import { ScanDetailPage } from "@/components/scans/scan-detail-page";

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const cursor = typeof query.cursor === "string" && query.cursor !== "" ? query.cursor : undefined;
  return <ScanDetailPage scanId={id} diff={query.diff === "resolved" ? "resolved" : "new"} cursor={cursor} />;
}
