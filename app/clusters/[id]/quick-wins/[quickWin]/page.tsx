import { guardPage } from "@/components/auth/guard";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QuickWinPage } from "@/components/quick-wins/quick-win-page";
import { idParam } from "@/lib/api/params";
import { ZQuickWinId } from "@/lib/api/schemas/common";

type TParams = Promise<{ id: string; quickWin: string }>;

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  const quickWin = ZQuickWinId.safeParse((await params).quickWin);
  if (!quickWin.success) return {};
  return { title: `${quickWin.data} · ${(await getTranslations("quickWins"))(`${quickWin.data}.name`)}` };
}

export default async function Page({ params, searchParams }: { params: TParams; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  const [{ id, quickWin }, query] = await Promise.all([params, searchParams]);
  const parsed = ZQuickWinId.safeParse(quickWin);
  let clusterId: string;
  try {
    clusterId = idParam({ id }, "id", "cluster");
  } catch {
    notFound();
  }
  if (!parsed.success) notFound();
  return <QuickWinPage clusterId={clusterId} quickWin={parsed.data} searchParams={query} />;
}
