import { guardPage } from "@/components/auth/guard";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NamespaceDrilldownPage } from "@/components/namespaces/namespace-drilldown-page";
import { namespaceFromSegment } from "@/components/namespaces/namespace-path";

type TParams = Promise<{ id: string; namespace: string }>;

export async function generateMetadata({ params }: { params: TParams }): Promise<Metadata> {
  return { title: `${namespaceFromSegment((await params).namespace)} · ${(await getTranslations("namespaces.drilldown"))("eyebrow")}` };
}

export default async function Page({ params }: { params: TParams }) {
  const denied = await guardPage("viewer");
  if (denied) return denied;
  const { id, namespace } = await params;
  return <NamespaceDrilldownPage clusterId={id} segment={namespace} />;
}
