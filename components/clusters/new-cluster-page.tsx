import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ClusterForm } from "./cluster-form";

export async function NewClusterPage() {
  const t = await getTranslations("clusters.form");
  return (
    <>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <ClusterForm />
    </>
  );
}
