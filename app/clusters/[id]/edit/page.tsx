import { guardPage } from "@/components/auth/guard";
import { EditClusterPage } from "@/components/clusters/edit-cluster-page";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const denied = await guardPage("admin");
  if (denied) return denied;
  const { id } = await params;
  return <EditClusterPage id={id} />;
}
