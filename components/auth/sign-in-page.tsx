import { getTranslations } from "next-intl/server";
import { SignInForm } from "./sign-in-form";

export async function SignInPage({ next }: { next: string }) {
  const t = await getTranslations("auth.signIn");
  return (
    <section aria-labelledby="sign-in-title" className="mx-auto mt-8 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h1 id="sign-in-title" className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <SignInForm next={next} />
      <p className="mt-6 text-xs text-slate-600 dark:text-slate-400">{t("noAccount")}</p>
    </section>
  );
}
