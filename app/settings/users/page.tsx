import { guardPage } from "@/components/auth/guard";
import { UsersPage } from "@/components/users/users-page";

export default async function Page() {
  const denied = await guardPage("admin");
  if (denied) return denied;
  return <UsersPage />;
}
