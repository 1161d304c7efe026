import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <>
      <PageHeader title={t("notFoundTitle")} subtitle={t("notFoundBody")} />
      <Link href="/" className="text-sm font-medium text-brand-700 underline dark:text-sky-400">{t("backHome")}</Link>
    </>
  );
}
