import { ReportsPage } from "@/components/reports/reports-page";

export default function Page() {
  return <ReportsPage />;
}
