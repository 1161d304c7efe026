import { guardPage } from "@/components/auth/guard";
import { SettingsPage } from "@/components/settings/settings-page";

export default async function Page() {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  return <SettingsPage />;
}
