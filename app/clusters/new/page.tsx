import { NewClusterPage } from "@/components/clusters/new-cluster-page";

export default function Page() {
  return <NewClusterPage />;
}
