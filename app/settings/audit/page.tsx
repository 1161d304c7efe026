import { guardPage } from "@/components/auth/guard";
import { AuditLogPage } from "@/components/audit/audit-log-page";

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const denied = await guardPage("admin");
  if (denied) return denied;
  return <AuditLogPage searchParams={await searchParams} />;
}
