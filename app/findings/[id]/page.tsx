import { guardPage } from "@/components/auth/guard";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FindingPage } from "@/components/findings/finding-page";
import { idParam } from "@/lib/api/params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("finding"))("title") };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  const { id } = await params;
  let findingId: string;
  try {
    findingId = idParam({ id }, "id", "finding");
  } catch {
    notFound();
  }
  return <FindingPage findingId={findingId} />;
}
