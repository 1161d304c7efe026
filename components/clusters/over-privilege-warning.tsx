"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TConnectionTestResult } from "@/lib/clusters/types";

const READER_URL = "/api/rbac/ramparts-reader.yaml";

/** The loud warning shown when a scanner's credentials can write, with the read-only role to use instead. */
export function OverPrivilegeWarning({ result }: { result: TConnectionTestResult }) {
  const t = useTranslations("clusters.test");
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  async function copyReader() {
    try {
      const response = await fetch(READER_URL);
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <div role="alert" className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-950 dark:border-red-500 dark:bg-red-950/50 dark:text-red-50">
      <h3 className="flex items-center gap-2 text-base font-semibold">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0">
          <path fill="currentColor" d="M10 1.5 19 18H1zM9 7v5h2V7zm0 6.5v2h2v-2z" />
        </svg>
        {t("overTitle")}
      </h3>
      <p className="mt-2 text-sm">{t("overBody")}</p>
      {result.writeAccess.length > 0 ? (
        <>
          <p className="mt-3 text-sm font-medium">{t("overCluster")}</p>
          <ul className="mt-1 flex flex-wrap gap-1.5 text-xs">
            {result.writeAccess.map((grant) => (
              <li key={`${grant.verb}/${grant.apiGroup}/${grant.resource}`} className="rounded bg-red-100 px-2 py-0.5 font-mono dark:bg-red-900/60">
                {grant.verb === "*" && grant.resource === "*"
                  ? t("overEverything")
                  : t("overGrant", { verb: grant.verb, resource: grant.apiGroup ? `${grant.resource}.${grant.apiGroup}` : grant.resource })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.namespaceWriteRules.map((rule) => (
        <p key={JSON.stringify(rule)} className="mt-3 text-sm">
          <span className="font-medium">{t("overNamespaces", { namespaces: rule.namespaces.join(", ") })}</span>{" "}
          <span className="font-mono text-xs">{t("overRule", { verbs: rule.verbs.join(", "), resources: rule.resources.join(", ") })}</span>
        </p>
      ))}
      <p className="mt-4 flex flex-wrap items-center gap-3 text-sm">
        <a href={READER_URL} target="_blank" rel="noopener" className="font-medium underline underline-offset-2">
          {t("readerLink")}
        </a>
        <button
          type="button"
          onClick={copyReader}
          className="rounded-md border border-red-700 px-3 py-1 text-sm font-medium hover:bg-red-100 dark:border-red-300 dark:hover:bg-red-900"
        >
          {t("copy")}
        </button>
        <span role="status" className="text-sm">
          {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}
        </span>
      </p>
    </div>
  );
}
