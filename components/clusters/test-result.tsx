"use client";

import { useTranslations } from "next-intl";
import type { TConnectionTestResult, TManifestsCheck, TPermissionRow, TTestOutcome } from "@/lib/clusters/types";
import { OverPrivilegeWarning } from "./over-privilege-warning";
import { DataTable } from "@/components/ui/data-table";

const MARK = { allowed: "✓", denied: "✗", unknown: "?" } as const;
const MARK_CLASS = {
  allowed: "text-emerald-800 dark:text-emerald-300",
  denied: "text-red-800 dark:text-red-300",
  unknown: "text-amber-800 dark:text-amber-300",
} as const;

/** The outcome of a connection test: what to fix, or the version, the permission table and any warning. */
export function TestResult({ outcome, headingLevel = 2 }: { outcome: TTestOutcome; headingLevel?: 2 | 3 }) {
  return outcome.kind === "cluster" ? <ClusterResult result={outcome.result} headingLevel={headingLevel} /> : <ManifestsResult result={outcome.result} headingLevel={headingLevel} />;
}

function ClusterResult({ result, headingLevel }: { result: TConnectionTestResult; headingLevel: 2 | 3 }) {
  const t = useTranslations("clusters.test");
  const Heading = `h${headingLevel}` as const;
  const seconds = (result.durationMs / 1000).toFixed(1);
  if (!result.ok) {
    const kind = result.failure?.kind ?? "other";
    return (
      <div role="alert" className="rounded-lg border border-red-600 bg-red-50 p-4 text-red-950 dark:border-red-500 dark:bg-red-950/40 dark:text-red-50">
        <Heading className="font-semibold">
          {t("failedTitle")}: {t(`failure.${kind}`)}
        </Heading>
        <p className="mt-2 text-sm">{result.failure?.message}</p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <div>
        <Heading className="font-semibold">{t("title")}</Heading>
        <p className="mt-1 text-sm">
          {result.serverVersion?.gitVersion ? t("connected", { version: result.serverVersion.gitVersion, seconds }) : t("connectedNoVersion", { seconds })}{" "}
          {t("coverage", { allowed: result.summary.allowed, total: result.summary.total })}
        </p>
        {result.summary.allowed < result.summary.total ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("coverageGaps")}</p> : null}
      </div>
      {result.overPrivileged ? <OverPrivilegeWarning result={result} /> : null}
      <PermissionTable rows={result.permissions} />
      {result.rulesReviewed.incomplete ? <p className="text-xs text-slate-600 dark:text-slate-400">{t("rulesIncomplete")}</p> : null}
    </div>
  );
}

function PermissionTable({ rows }: { rows: TPermissionRow[] }) {
  const t = useTranslations("clusters.test.table");
  return (
    <DataTable
      caption={t("caption")}
      captionVisible
      columns={[
        { label: t("kind") },
        { label: t("group") },
        { label: t("scope") },
        { label: t("list") },
        { label: t("note") },
      ]}
    >
          {rows.map((row) => (
            <tr key={`${row.apiGroup}/${row.plural}`}>
              <th scope="row" className="py-1.5 pr-4 font-medium">{row.kind}</th>
              <td className="py-1.5 pr-4 font-mono text-xs">{row.apiGroup || t("core")}</td>
              <td className="py-1.5 pr-4">{row.namespaced ? t("namespaced") : t("cluster")}</td>
              <td className={`py-1.5 pr-4 font-medium ${MARK_CLASS[row.list]}`}>
                <span aria-hidden="true">{MARK[row.list]} </span>
                {t(row.list)}
              </td>
              <td className="py-1.5 text-xs text-slate-700 dark:text-slate-300">
                {row.allowedIn?.length ? t("onlyIn", { namespaces: row.allowedIn.join(", ") }) : row.note}
              </td>
            </tr>
          ))}
    </DataTable>
  );
}

function ManifestsResult({ result, headingLevel }: { result: TManifestsCheck; headingLevel: 2 | 3 }) {
  const t = useTranslations("clusters.test");
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-2 text-sm">
      <Heading className="font-semibold">{t("manifestsTitle")}</Heading>
      <p>{t("manifestsObjects", { count: result.objects })}</p>
      {result.kinds.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5 text-xs">
          {result.kinds.map((kind) => (
            <li key={kind.kind} className="rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800">
              {kind.kind}: {kind.count}
            </li>
          ))}
        </ul>
      ) : null}
      {result.problems.length > 0 ? (
        <div className="text-amber-900 dark:text-amber-200">
          <p>{t("manifestsProblems")}</p>
          <ul className="list-disc pl-5 font-mono text-xs">
            {result.problems.map((problem) => <li key={problem}>{problem}</li>)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
