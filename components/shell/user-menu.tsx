"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SIGN_IN_PATH } from "@/lib/auth/paths";
import type { TRole } from "@/lib/auth/roles";

/** The signed-in user, their role, and the two ways out. */
export function UserMenu({ email, role }: { email: string; role: TRole }) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut(everywhere: boolean) {
    setPending(true);
    setFailed(false);
    const response = await fetch(everywhere ? "/api/auth/sign-out-everywhere" : "/api/auth/sign-out", { method: "POST" }).catch(() => null);
    if (response?.ok) {
      // A full load: nothing of the signed-in session stays in memory (query cache included).
      window.location.assign(SIGN_IN_PATH);
      return;
    }
    setFailed(true);
    setPending(false);
  }

  const button = "rounded px-2 py-1 text-xs font-medium text-slate-700 underline-offset-2 hover:underline disabled:opacity-60 dark:text-slate-300";
  return (
    <section aria-label={t("user.label")} className="text-sm md:mt-6 md:border-t md:border-slate-200 md:pt-4 dark:md:border-slate-800">
      <p className="truncate font-medium" title={email}>{email}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("user.role", { role: t(`roles.${role}`) })}</p>
      <div className="mt-1 flex flex-wrap gap-1">
        <button type="button" className={button} disabled={pending} onClick={() => void signOut(false)}>{t("user.signOut")}</button>
        <button type="button" className={button} disabled={pending} onClick={() => void signOut(true)}>{t("user.signOutEverywhere")}</button>
      </div>
      {failed ? <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">{t("user.signOutFailed")}</p> : null}
    </section>
  );
}
