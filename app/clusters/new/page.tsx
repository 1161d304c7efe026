import { guardPage } from "@/components/auth/guard";
import { NewClusterPage } from "@/components/clusters/new-cluster-page";

export default async function Page() {
  const denied = await guardPage("admin");
  if (denied) return denied;
  return <NewClusterPage />;
}
