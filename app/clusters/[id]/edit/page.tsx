import { EditClusterPage } from "@/components/clusters/edit-cluster-page";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditClusterPage id={id} />;
}
