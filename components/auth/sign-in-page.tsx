import { getTranslations } from "next-intl/server";
import { SignInForm } from "./sign-in-form";

const SSO_ERRORS: Record<string, "ssoNoRole" | "ssoNotLinked"> = { sso_no_role: "ssoNoRole", account_not_linked: "ssoNotLinked" };

/** Email and password, and "Sign in with <provider>" when single sign-on is configured (`sso` is its name). */
export async function SignInPage({ next, sso, ssoError }: { next: string; sso: string | null; ssoError: string | null }) {
  const t = await getTranslations("auth.signIn");
  const errorKey = ssoError ? SSO_ERRORS[ssoError] : undefined;
  const ssoProblem = ssoError === null ? null : errorKey ? t(errorKey, { provider: sso ?? "SSO" }) : t("ssoFailed", { provider: sso ?? "SSO", code: ssoError });
  return (
    <section aria-labelledby="sign-in-title" className="mx-auto mt-8 max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h1 id="sign-in-title" className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      {ssoProblem ? (
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-500/60 dark:bg-red-950/40 dark:text-red-100">
          {ssoProblem}
        </p>
      ) : null}
      {sso ? (
        <>
          <a
            href={`/api/auth/sso?next=${encodeURIComponent(next)}`}
            className="mt-6 block w-full rounded-md border border-brand-600 px-4 py-2 text-center text-sm font-semibold text-brand-700 hover:bg-brand-50 dark:text-sky-300 dark:hover:bg-slate-800"
          >
            {t("ssoButton", { provider: sso })}
          </a>
          <p className="mt-6 text-center text-xs text-slate-600 dark:text-slate-400">{t("or")}</p>
        </>
      ) : null}
      <SignInForm next={next} />
      <p className="mt-6 text-xs text-slate-600 dark:text-slate-400">{t("noAccount")}</p>
    </section>
  );
}
