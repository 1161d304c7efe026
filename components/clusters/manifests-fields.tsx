"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { byteLength, MAX_BUNDLE_BYTES } from "@/lib/clusters/limits";
import { FilePicker } from "./file-picker";
import { FormField } from "./form-field";
import { formatBytes, INPUT_CLASS } from "./styles";

/** An example path, the same in every language. */
const PATH_EXAMPLE = "/srv/gitops/production";

export interface TManifestsValues {
  manifestsType: "bundle" | "path";
  bundle: string;
  path: string;
}

/** Problems the form can see without the server: size, emptiness, a relative path. */
export function manifestsProblem(values: TManifestsValues): "bundleTooLarge" | "bundleRequired" | "pathAbsolute" | undefined {
  if (values.manifestsType === "bundle") {
    if (byteLength(values.bundle) > MAX_BUNDLE_BYTES) return "bundleTooLarge";
    return values.bundle.trim() ? undefined : "bundleRequired";
  }
  return values.path.trim().startsWith("/") ? undefined : "pathAbsolute";
}

/** A YAML bundle (files uploaded, or pasted) or a folder on the Ramparts server. */
export function ManifestsFields({
  values, onChange, errors, showRequired,
}: {
  values: TManifestsValues;
  onChange: (values: Partial<TManifestsValues>) => void;
  errors?: string[];
  showRequired: boolean;
}) {
  const t = useTranslations("clusters.form");
  const locale = useLocale();
  const [uploadError, setUploadError] = useState<string | null>(null);
  const max = formatBytes(MAX_BUNDLE_BYTES, locale);
  const problem = manifestsProblem(values);
  const local = problem && (problem === "bundleTooLarge" || (problem === "pathAbsolute" && values.path.trim()) || showRequired) ? [t(problem, { max })] : [];
  const shown = [...(uploadError ? [uploadError] : []), ...local, ...(local.length ? [] : (errors ?? []))];

  async function upload(files: FileList | null) {
    setUploadError(null);
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    if (list.reduce((total, file) => total + file.size, 0) > MAX_BUNDLE_BYTES) {
      setUploadError(t("bundleTooLarge", { max }));
      return;
    }
    const texts = await Promise.all(list.map((file) => file.text()));
    onChange({ bundle: texts.map((text) => text.trimEnd()).join("\n---\n") });
  }

  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium">{t("manifestsSource")}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {(["bundle", "path"] as const).map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="radio" name="manifests-type" value={type} checked={values.manifestsType === type} onChange={() => onChange({ manifestsType: type })} />
              {t(type)}
            </label>
          ))}
        </div>
      </fieldset>
      {values.manifestsType === "bundle" ? (
        <>
          <div className="space-y-1">
            <FilePicker
              id="cluster-bundle-files" label={t("bundleUpload")} hint={t("bundleHint", { max })} multiple
              accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml" onFiles={(files) => void upload(files)}
            />
          </div>
          <FormField
            id="cluster-bundle" label={t("bundleText")} errors={shown}
            status={values.bundle ? t("bundleSize", { size: formatBytes(byteLength(values.bundle), locale), max }) : null}
          >
            {(control) => (
              <textarea
                id={control.id} name="bundle" rows={8} value={values.bundle} spellCheck={false} autoComplete="off"
                onChange={(event) => onChange({ bundle: event.target.value })}
                aria-describedby={control.describedBy} aria-invalid={control.invalid} className={`${INPUT_CLASS} font-mono text-xs`}
              />
            )}
          </FormField>
        </>
      ) : (
        <FormField id="cluster-path" label={t("pathLabel")} hint={t("pathHint")} errors={shown}>
          {(control) => (
            <input
              id={control.id} name="path" type="text" value={values.path} spellCheck={false} autoComplete="off" placeholder={PATH_EXAMPLE}
              onChange={(event) => onChange({ path: event.target.value })}
              aria-describedby={control.describedBy} aria-invalid={control.invalid} className={`${INPUT_CLASS} font-mono md:max-w-xl`}
            />
          )}
        </FormField>
      )}
    </div>
  );
}
