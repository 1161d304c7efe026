import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { currentUser } from "@/lib/auth/current-user";
import { loadForView } from "@/lib/db/load";
import { listUsers } from "@/lib/db/user-management";
import { UsersManager } from "./users-manager";

async function UsersSection() {
  await connection();
  const loaded = await loadForView(() => listUsers());
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const me = await currentUser();
  const users = loaded.data.map((user) => ({ ...user, createdAt: user.createdAt.toISOString(), lastSignInAt: user.lastSignInAt?.toISOString() ?? null }));
  return <UsersManager users={users} currentUserId={me?.id ?? ""} />;
}

/** /settings/users: every account, adding one, and what an admin may change about each. */
export async function UsersPage() {
  const t = await getTranslations("users");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SettingsNav current="/settings/users" />
      <Suspense fallback={<Card><Skeleton label={t("title")} lines={6} /></Card>}>
        <UsersSection />
      </Suspense>
    </>
  );
}
