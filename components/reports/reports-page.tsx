import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { loadForView } from "@/lib/db/load";
import { fleetOverview } from "@/lib/db/queries/overview";
import { ExportPdfButton } from "./export-pdf-button";

/** The export form, with the clusters to choose from (the overview's list: not archived, by name). */
async function ExecutiveExport() {
  await connection();
  const t = await getTranslations("reports");
  const loaded = await loadForView(() => fleetOverview());
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { clusters, totals } = loaded.data;
  return (
    <Card labelledBy="executive-export-title">
      <h2 id="executive-export-title" className="text-lg font-semibold">{t("export.title")}</h2>
      <p className="mt-1 mb-4 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("export.intro")}</p>
      {totals.scanned === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")}</p>
      ) : (
        <ExportPdfButton choices={clusters.map((cluster) => ({ id: cluster.id, name: cluster.name }))} optionsOpen />
      )}
    </Card>
  );
}

export async function ReportsPage() {
  const t = await getTranslations("reports");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Suspense fallback={<Card><Skeleton label={t("export.title")} lines={4} /></Card>}>
        <ExecutiveExport />
      </Suspense>
    </>
  );
}
