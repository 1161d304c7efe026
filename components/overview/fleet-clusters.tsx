import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { fleetOverview } from "@/lib/db/queries/overview";
import { loadForView } from "@/lib/db/load";
import { getPageLocale } from "@/lib/i18n/check-texts-server";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { QuickWinRatingsTable } from "@/components/settings/quick-win-ratings-table";
import { FleetEmptyState } from "./fleet-empty-state";
import { FleetTable } from "./fleet-table";
import { FleetTotals } from "./fleet-totals";
import type { TFleetSort } from "./sort";

/** The nine quick wins and their default priority: what a newcomer (or a reader during an outage) can still learn. */
async function QuickWinsCard() {
  const t = await getTranslations("overview");
  return (
    <Card labelledBy="quick-wins-title">
      <h2 id="quick-wins-title" className="mb-3 text-lg font-semibold">{t("quickWinsTitle")}</h2>
      <QuickWinRatingsTable />
    </Card>
  );
}

export async function FleetClusters({ sort }: { sort: TFleetSort }) {
  await connection();
  const t = await getTranslations("overview");
  const loaded = await loadForView(async () => fleetOverview(undefined, await getPageLocale()));
  if (!loaded.ok) {
    return (
      <>
        <DatabaseError reason={loaded.reason} />
        <QuickWinsCard />
      </>
    );
  }
  const overview = loaded.data;
  if (overview.clusters.length === 0) {
    return (
      <>
        <FleetEmptyState />
        <QuickWinsCard />
      </>
    );
  }
  return (
    <>
      <FleetTotals totals={overview.totals} />
      <Card labelledBy="fleet-title">
        <h2 id="fleet-title" className="mb-3 text-lg font-semibold">{t("clusterCount", { count: overview.clusters.length })}</h2>
        <FleetTable overview={overview} sort={sort} />
      </Card>
    </>
  );
}
