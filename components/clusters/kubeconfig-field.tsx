"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { byteLength, MAX_KUBECONFIG_BYTES } from "@/lib/clusters/limits";
import type { TContextSummary } from "@/lib/clusters/types";
import { FilePicker } from "./file-picker";
import { FieldErrors, FormField } from "./form-field";
import { formatBytes, INPUT_CLASS } from "./styles";
import { ApiError } from "./hooks/api";
import { useInspectKubeconfig } from "./hooks/use-cluster-mutations";
import { useDebounced } from "./hooks/use-debounced";

/**
 * The kubeconfig textarea (or a file), read by the server as one types: its contexts come back
 * as names and safe facts, and the person picks one when there are several.
 */
export function KubeconfigField({
  value, onChange, context, onContextChange, errors,
}: {
  value: string;
  onChange: (value: string) => void;
  context: string;
  onContextChange: (context: string) => void;
  errors: { kubeconfig?: string[]; context?: string[] };
}) {
  const t = useTranslations("clusters.form");
  const locale = useLocale();
  const [uploadError, setUploadError] = useState<string | null>(null);
  const { mutate, reset, data: inspection, error, isPending } = useInspectKubeconfig();
  const debounced = useDebounced(value, 500);
  const bytes = byteLength(value);
  const tooLarge = bytes > MAX_KUBECONFIG_BYTES;

  useEffect(() => {
    if (!debounced.trim() || byteLength(debounced) > MAX_KUBECONFIG_BYTES) {
      reset();
      return;
    }
    mutate(debounced, {
      // A context chosen for an earlier text may not exist in this one: fall back to the default.
      onSuccess: (data) => {
        if (context && !data.contexts.some((candidate) => candidate.name === context)) onContextChange("");
      },
    });
    // `context` is read only to drop a stale choice; a new choice must not re-read the kubeconfig.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced, mutate, reset]);

  async function upload(file: File | undefined) {
    setUploadError(null);
    if (!file) return;
    if (file.size > MAX_KUBECONFIG_BYTES) {
      setUploadError(t("kubeconfigTooLarge", { max: formatBytes(MAX_KUBECONFIG_BYTES, locale) }));
      return;
    }
    onChange(await file.text());
  }

  const contexts = debounced === value && !error ? (inspection?.contexts ?? []) : [];
  const chosen = contexts.find((candidate) => candidate.name === (context || inspection?.defaultContext));
  const inspectErrors = error instanceof ApiError ? (error.fields?.fieldErrors.kubeconfig ?? [error.message]) : [];
  const fieldErrors = tooLarge
    ? [t("kubeconfigTooLarge", { max: formatBytes(MAX_KUBECONFIG_BYTES, locale) })]
    : [...(uploadError ? [uploadError] : []), ...(debounced === value ? inspectErrors : []), ...(errors.kubeconfig ?? [])]
        // Said once: the chosen context's own problems are listed under it.
        .filter((message, index, all) => all.indexOf(message) === index && !chosen?.problems.includes(message));

  return (
    <div className="space-y-4">
      <FormField
        id="cluster-kubeconfig" label={t("kubeconfig")} hint={t("kubeconfigHint")} errors={fieldErrors}
        invalid={!!chosen?.problems.length} describedBy={chosen ? "cluster-context-summary" : undefined}
        status={value ? <>{t("kubeconfigSize", { size: formatBytes(bytes, locale), max: formatBytes(MAX_KUBECONFIG_BYTES, locale) })}{isPending ? ` · ${t("inspecting")}` : ""}</> : null}
      >
        {(control) => (
          <textarea
            id={control.id} name="kubeconfig" rows={10} value={value} autoComplete="off" spellCheck={false} autoCapitalize="off" data-1p-ignore
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={control.describedBy} aria-invalid={control.invalid} className={`${INPUT_CLASS} font-mono text-xs`}
          />
        )}
      </FormField>
      <FilePicker id="cluster-kubeconfig-file" label={t("kubeconfigUpload")} onFiles={(files) => void upload(files?.[0])} />
      {contexts.length > 1 ? (
        <FormField id="cluster-context" label={t("context")} hint={t("contextHint")} errors={errors.context}>
          {(control) => (
            <select
              id={control.id} name="context" value={context || inspection?.defaultContext || ""}
              onChange={(event) => onContextChange(event.target.value)}
              aria-describedby={control.describedBy} aria-invalid={control.invalid} className={`${INPUT_CLASS} md:max-w-md`}
            >
              {!inspection?.defaultContext ? <option value="">—</option> : null}
              {contexts.map((candidate) => (
                <option key={candidate.name} value={candidate.name} disabled={!candidate.usable}>
                  {candidate.usable
                    ? candidate.current ? t("contextCurrent", { name: candidate.name }) : candidate.name
                    : t("contextUnusable", { name: candidate.name })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : errors.context?.length ? <FieldErrors errors={errors.context} /> : null}
      {chosen ? <ContextSummary context={chosen} /> : null}
    </div>
  );
}

function ContextSummary({ context }: { context: TContextSummary }) {
  const t = useTranslations("clusters.form");
  return (
    <div id="cluster-context-summary" className="rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800/60" aria-live="polite">
      {context.usable && context.serverHost && context.authMethod ? (
        <p>{t("contextSummary", { name: context.name, host: context.serverHost, auth: t(`auth.${context.authMethod}`) })}</p>
      ) : null}
      {context.problems.length > 0 ? (
        <div className="mt-1">
          <p className="font-medium text-red-800 dark:text-red-300">{t("contextProblems")}</p>
          <FieldErrors errors={context.problems} />
        </div>
      ) : null}
      {context.warnings.length > 0 ? (
        <div className="mt-2 text-amber-900 dark:text-amber-200">
          <p className="font-medium">{t("warnings")}</p>
          <ul className="list-disc pl-5">{context.warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul>
        </div>
      ) : null}
    </div>
  );
}
