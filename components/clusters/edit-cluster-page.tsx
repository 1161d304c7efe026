import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { idParam } from "@/lib/api/params";
import { getClusterDetail } from "@/lib/clusters/registration";
import { loadForView } from "@/lib/db/load";
import { isAppError } from "@/lib/errors";
import { getPageLocale } from "@/lib/i18n/check-texts-server";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { ClusterForm } from "./cluster-form";

/** Only the safe description of the connection reaches the form: the credentials stay on the server. */
async function EditForm({ id }: { id: string }) {
  await connection();
  const t = await getTranslations("clusters.form");
  const locale = await getPageLocale();
  let loaded;
  try {
    loaded = await loadForView(() => getClusterDetail(idParam({ id }, "id", "cluster"), locale));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  return (
    <>
      <PageHeader title={t("editTitle", { name: loaded.data.name })} subtitle={t("editSubtitle")} />
      <ClusterForm cluster={loaded.data} />
    </>
  );
}

export async function EditClusterPage({ id }: { id: string }) {
  const t = await getTranslations("clusters.form");
  return (
    <Suspense fallback={<Skeleton lines={6} label={t("editSubtitle")} />}>
      <EditForm id={id} />
    </Suspense>
  );
}
