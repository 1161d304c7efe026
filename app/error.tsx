"use client";

import { useTranslations } from "next-intl";

/** Last-resort boundary: one failing page segment shows this instead of a stack trace. */
export default function ErrorBoundary({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-5 text-red-950 dark:border-red-500/60 dark:bg-red-950/40 dark:text-red-100">
      <h1 className="text-lg font-semibold">{t("unexpectedTitle")}</h1>
      <p className="mt-2 text-sm">{t("unexpectedBody")}</p>
      <button type="button" onClick={reset} className="mt-3 rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
        {t("retry")}
      </button>
    </div>
  );
}
