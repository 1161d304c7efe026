import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { listApiTokens } from "@/lib/db/api-tokens";
import { asDatabaseUnavailable } from "@/lib/db/connection-errors";
import { TokensManager, type TTokenRow } from "./tokens-manager";

/** Settings → API tokens (admins): create, list, revoke. */
export async function TokensPage() {
  const t = await getTranslations("tokens");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SettingsNav current="/settings/tokens" />
      <Suspense fallback={<Card><Skeleton label={t("loading")} lines={4} /></Card>}>
        <TokensSection />
      </Suspense>
    </>
  );
}

async function TokensSection() {
  let rows: TTokenRow[];
  try {
    rows = (await listApiTokens()).map((token) => ({
      ...token,
      createdAt: token.createdAt.toISOString(),
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      revokedAt: token.revokedAt?.toISOString() ?? null,
    }));
  } catch (error) {
    const unavailable = asDatabaseUnavailable(error);
    if (unavailable) return <DatabaseError reason={unavailable.reason} />;
    throw error;
  }
  return <TokensManager rows={rows} />;
}
