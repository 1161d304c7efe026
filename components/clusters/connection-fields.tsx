"use client";

import { useTranslations } from "next-intl";
import { CONNECTION_KINDS, type TConnectionKind } from "@/lib/clusters/limits";
import { FieldErrors } from "./form-field";
import { KubeconfigField } from "./kubeconfig-field";
import { ManifestsFields, type TManifestsValues } from "./manifests-fields";

export interface TConnectionValues extends TManifestsValues {
  connectionKind: TConnectionKind;
  kubeconfig: string;
  context: string;
}

/** How Ramparts connects: the kind, then what that kind needs. */
export function ConnectionFields({
  values, onChange, errors, showRequired,
}: {
  values: TConnectionValues;
  onChange: (values: Partial<TConnectionValues>) => void;
  errors: Record<string, string[] | undefined>;
  showRequired: boolean;
}) {
  const t = useTranslations("clusters.form");
  return (
    <div className="space-y-5">
      <fieldset>
        <legend className="text-sm font-medium">{t("connectionKind")}</legend>
        <div className="mt-2 grid gap-3 md:grid-cols-3">
          {CONNECTION_KINDS.map((kind) => (
            <label
              key={kind}
              className="flex cursor-pointer gap-3 rounded-md border border-slate-300 p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 dark:border-slate-600 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-slate-800"
            >
              <input
                type="radio" name="connection-kind" value={kind} checked={values.connectionKind === kind}
                onChange={() => onChange({ connectionKind: kind })} aria-describedby={`connection-kind-${kind}-hint`} className="mt-0.5"
              />
              <span>
                <span className="block font-medium">{t(`kinds.${kind}`)}</span>
                <span id={`connection-kind-${kind}-hint`} className="block text-xs text-slate-600 dark:text-slate-400">{t(`kinds.${kind}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.connectionKind?.length ? <FieldErrors errors={errors.connectionKind} /> : null}
      </fieldset>
      {values.connectionKind === "kubeconfig" ? (
        <KubeconfigField
          value={values.kubeconfig} onChange={(kubeconfig) => onChange({ kubeconfig })}
          context={values.context} onContextChange={(context) => onChange({ context })}
          errors={{ kubeconfig: errors.kubeconfig ?? (showRequired && !values.kubeconfig.trim() ? [t("kubeconfigRequired")] : undefined), context: errors.context }}
        />
      ) : values.connectionKind === "in_cluster" ? (
        <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("inCluster")}</p>
      ) : (
        <ManifestsFields values={values} onChange={onChange} errors={errors.manifests} showRequired={showRequired} />
      )}
    </div>
  );
}
