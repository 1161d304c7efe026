import { guardPage } from "@/components/auth/guard";
import { ClustersPage } from "@/components/clusters/clusters-page";

export default async function Page() {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  return <ClustersPage />;
}
