import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TRole } from "@/lib/auth/roles";

/** Shown instead of a page the user's role does not reach (the server refuses its actions too). */
export async function NotAllowed({ needed, held }: { needed: TRole; held: TRole }) {
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="not-allowed-title" className="max-w-xl rounded-lg border border-slate-300 bg-white p-6 dark:border-slate-700 dark:bg-slate-900">
      <h1 id="not-allowed-title" className="text-xl font-semibold">{t("forbidden.title")}</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {t("forbidden.body", { role: t(`roles.${needed}`), held: t(`roles.${held}`) })}
      </p>
      <p className="mt-4 text-sm">
        <Link href="/" className="font-medium underline">{t("forbidden.back")}</Link>
      </p>
    </section>
  );
}
