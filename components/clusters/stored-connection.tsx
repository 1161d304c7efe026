"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TConnectionDescription } from "@/lib/clusters/types";
import { formatBytes } from "./styles";

/** What is known of the stored connection: never the credential itself, which is not shown again. */
export function StoredConnection({ connection }: { connection: TConnectionDescription }) {
  const t = useTranslations("clusters.form");
  const locale = useLocale();
  const rows: [string, string][] = [[t("storedKind"), t(`kinds.${connection.kind}`)]];
  if (connection.kind === "kubeconfig") {
    if (connection.context) rows.push([t("storedContext"), connection.context]);
    if (connection.serverHost) rows.push([t("storedServer"), connection.serverHost]);
    if (connection.authMethod) rows.push([t("storedAuth"), t(`auth.${connection.authMethod}`)]);
  }
  if (connection.kind === "manifests" && connection.source) {
    rows.push([t("manifestsSource"), connection.source.type === "bundle" ? t("storedBundle", { size: formatBytes(connection.source.bytes, locale) }) : t("storedPath", { path: connection.source.path })]);
  }
  const problem = connection.kind === "in_cluster" ? undefined : connection.problem;
  if (problem) rows.push([t("storedProblem"), problem]);
  const warnings = connection.kind === "kubeconfig" ? connection.warnings : [];
  return (
    <div>
      <h3 className="text-sm font-medium">{t("stored")}</h3>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {warnings.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">{warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul>
      ) : null}
    </div>
  );
}
