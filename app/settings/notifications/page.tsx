import { guardPage } from "@/components/auth/guard";
import { NotificationsPage } from "@/components/settings/notifications/notifications-page";

export default async function Page() {
  const denied = await guardPage("admin");
  if (denied) return denied;
  return <NotificationsPage />;
}
