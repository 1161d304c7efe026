import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { ExceptionsSection } from "./exceptions-section";
import { RatingsEditorSection } from "./ratings-editor-section";
import { SchedulesSection } from "./schedules-section";
import { Can } from "@/components/auth/can";
import { SettingsNav } from "./settings-nav";

/** Ratings (how quick wins are ranked), exceptions (accepted risks) and scan schedules, each loading on its own. */
export async function SettingsPage() {
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SettingsNav current="/settings" />
      <div className="space-y-6">
        <Suspense fallback={<Card><Skeleton label={t("ratingsTitle")} lines={6} /></Card>}>
          <Can access="admin"><RatingsEditorSection /></Can>
        </Suspense>
        <Suspense fallback={<Card><Skeleton label={t("exceptions.loading")} lines={5} /></Card>}>
          <ExceptionsSection />
        </Suspense>
        <Suspense fallback={<Card><Skeleton label={t("schedules.loading")} lines={3} /></Card>}>
          <SchedulesSection />
        </Suspense>
      </div>
    </>
  );
}
