import { guardPage } from "@/components/auth/guard";
import { ReportsPage } from "@/components/reports/reports-page";

export default async function Page() {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  return <ReportsPage />;
}
