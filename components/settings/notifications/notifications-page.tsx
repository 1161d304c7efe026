import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { listClusters } from "@/lib/db/clusters";
import { loadForView } from "@/lib/db/load";
import { listEndpoints } from "@/lib/db/notifications";
import { toEndpointJson } from "@/lib/notifications/views";
import { getPageLocale } from "@/lib/i18n/check-texts-server";
import { SettingsNav } from "../settings-nav";
import { NotificationsManager } from "./notifications-manager";

/** Webhooks that hear about regressions: their settings, "Send test", and their latest deliveries. */
export async function NotificationsPage() {
  const t = await getTranslations("notifications.settings");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SettingsNav current="/settings/notifications" />
      <Suspense fallback={<Card><Skeleton label={t("loading")} lines={5} /></Card>}>
        <EndpointsSection />
      </Suspense>
    </>
  );
}

async function EndpointsSection() {
  await connection();
  const t = await getTranslations("notifications.settings");
  const locale = await getPageLocale();
  const loaded = await loadForView(async () => ({ endpoints: await listEndpoints(), clusters: await listClusters() }));
  return (
    <Card labelledBy="endpoints-title">
      <h2 id="endpoints-title" className="text-lg font-semibold">{t("endpointsTitle")}</h2>
      <p className="mt-1 mb-4 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {loaded.ok ? (
        <NotificationsManager
          // Plain JSON for the client component: dates as ISO strings, never a secret.
          endpoints={JSON.parse(JSON.stringify(loaded.data.endpoints.map((endpoint) => toEndpointJson(endpoint, locale))))}
          clusters={loaded.data.clusters.map((cluster) => ({ id: cluster.id, name: cluster.name }))}
        />
      ) : (
        <DatabaseError reason={loaded.reason} />
      )}
    </Card>
  );
}
