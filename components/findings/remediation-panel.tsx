import { useTranslations } from "next-intl";
import type { TFindingDetail } from "@/lib/api/schemas/findings";
import { CopyButton } from "./copy-button";
import { CODE_BLOCK_CLASS, YamlCode } from "./yaml-code";

type TRemediation = NonNullable<TFindingDetail["remediation"]>;

/** The fix for this very object: the YAML (coloured, copyable), the kubectl command, notes and manual steps. */
export function RemediationPanel({ remediation }: { remediation: TRemediation | null | undefined }) {
  const t = useTranslations("finding.remediation");
  if (!remediation) return <p className="text-sm text-slate-700 dark:text-slate-300">{t("none")}</p>;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t(`intro.${remediation.type}`)}</p>
      {remediation.yaml ? (
        <div className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-mono text-sm font-semibold">{t("yamlFile")}</h3>
            <CopyButton text={remediation.yaml} targetId="remediation-yaml" label={t("copyYaml")} />
          </div>
          <YamlCode id="remediation-yaml" yaml={remediation.yaml} />
        </div>
      ) : null}
      {remediation.steps && remediation.steps.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold">{t("steps")}</h3>
          <ol className="mt-2 list-decimal space-y-1.5 pl-6 text-sm">
            {remediation.steps.map((step, index) => <li key={index} className="break-words">{step}</li>)}
          </ol>
        </div>
      ) : null}
      {remediation.command ? (
        <div className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-sm font-semibold">{t("command")}</h3>
            <CopyButton text={remediation.command} targetId="remediation-command" label={t("copyCommand")} />
          </div>
          <pre id="remediation-command" tabIndex={0} className={`${CODE_BLOCK_CLASS} whitespace-pre-wrap break-all`}>
            <code><span aria-hidden="true" className="select-none text-slate-500">$ </span>{remediation.command}</code>
          </pre>
        </div>
      ) : null}
      {remediation.note ? (
        <p className="flex gap-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0"><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16M9 9h2v6H9zm0-4h2v2H9z" /></svg>
          <span><span className="font-semibold">{t("note")} </span>{remediation.note}</span>
        </p>
      ) : null}
    </div>
  );
}
