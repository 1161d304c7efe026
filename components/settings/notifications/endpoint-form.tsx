"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ApiError } from "@/components/clusters/hooks/api";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT_CLASS } from "@/components/clusters/styles";
import { NOTIFICATION_EVENTS } from "@/lib/notifications/events";
import type { TClusterOption } from "./notifications-manager";
import { useSaveEndpoint, type TEndpointBody, type TEndpointJson } from "./use-notifications";

type TSecretMode = "keep" | "generate" | "enter";

const FIELDSET = "space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-700";
const LEGEND = "px-1 text-sm font-medium";
const HINT = "text-xs text-slate-600 dark:text-slate-400";
const ERROR = "text-xs text-red-800 dark:text-red-300";

/** Adds an endpoint (no `endpoint`) or changes one. The server validates again and names the field at fault. */
export function EndpointForm({ endpoint, clusters, onSaved, onCancel }: {
  endpoint?: TEndpointJson;
  clusters: TClusterOption[];
  onSaved: (name: string, generatedSecret: string | undefined) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("notifications.settings");
  const id = useId();
  const save = useSaveEndpoint(endpoint?.id ?? null);
  const [name, setName] = useState(endpoint?.name ?? "");
  const [kind, setKind] = useState<"generic" | "slack">(endpoint?.kind ?? "generic");
  // Never prefilled when editing: the stored URL is not sent to the browser (only its masked form),
  // and an empty field keeps it.
  const [url, setUrl] = useState("");
  const [secretMode, setSecretMode] = useState<TSecretMode>(endpoint ? "keep" : "generate");
  const [secret, setSecret] = useState("");
  const [events, setEvents] = useState<string[]>(endpoint?.events ?? [...NOTIFICATION_EVENTS]);
  const [threshold, setThreshold] = useState(String(endpoint?.failureThreshold ?? 3));
  const [clusterIds, setClusterIds] = useState<string[]>(endpoint?.clusterIds ?? []);
  const [language, setLanguage] = useState<"en" | "fr">(endpoint?.language ?? "en");
  const [enabled, setEnabled] = useState(endpoint?.enabled ?? true);

  const failure = save.error;
  const fieldError = (field: string) => (failure instanceof ApiError ? failure.fields?.fieldErrors[field]?.[0] : undefined);
  const formError = failure && !(failure instanceof ApiError && failure.fields && Object.keys(failure.fields.fieldErrors).length > 0) ? failure.message : undefined;
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const body: TEndpointBody = { name, kind, events, failureThreshold: Number(threshold), clusterIds, language, enabled };
    if (!endpoint || url.trim() !== "") body.url = url;
    if (secretMode === "enter") body.secret = secret;
    if (secretMode === "generate" && endpoint) body.generateSecret = true;
    save.mutate(body, { onSuccess: (saved) => onSaved(saved.endpoint.name, saved.secret) });
  }

  const described = (field: string, hint?: boolean) => [hint ? `${id}-${field}-hint` : "", fieldError(field) ? `${id}-${field}-error` : ""].filter(Boolean).join(" ") || undefined;
  const errorOf = (field: string) => (fieldError(field) ? <p id={`${id}-${field}-error`} className={ERROR}>{fieldError(field)}</p> : null);

  return (
    <form onSubmit={submit} aria-label={endpoint ? t("form.editLabel", { name: endpoint.name }) : t("form.addLabel")} className="space-y-4 rounded-lg border border-slate-300 p-4 dark:border-slate-600" noValidate>
      <h3 className="text-base font-semibold">{endpoint ? t("form.editTitle", { name: endpoint.name }) : t("form.addTitle")}</h3>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">{t("form.name")}</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} className={INPUT_CLASS} aria-invalid={fieldError("name") ? true : undefined} aria-describedby={described("name")} />
          {errorOf("name")}
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium">{t("form.kind")}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as "generic" | "slack")} className={INPUT_CLASS}>
            <option value="generic">{t("kinds.generic")}</option>
            <option value="slack">{t("kinds.slack")}</option>
          </select>
        </div>
        <div className="space-y-1 md:col-span-2">
          <label htmlFor={`${id}-url`} className="block text-sm font-medium">{t("form.url")}</label>
          <input id={`${id}-url`} type="url" value={url} onChange={(event) => setUrl(event.target.value)} required={!endpoint} placeholder={endpoint?.url} spellCheck={false} autoComplete="off" className={`${INPUT_CLASS} font-mono`} aria-invalid={fieldError("url") ? true : undefined} aria-describedby={described("url", true)} />
          <p id={`${id}-url-hint`} className={HINT}>{endpoint ? `${t("form.urlKeep", { current: endpoint.url })} ` : ""}{t("form.urlHint")}</p>
          {errorOf("url")}
        </div>
      </div>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("form.secret")}</legend>
        <p className={HINT}>{t("form.secretHint")}</p>
        {(endpoint ? (["keep", "generate", "enter"] as const) : (["generate", "enter"] as const)).map((mode) => (
          <label key={mode} className="flex items-center gap-2 text-sm">
            <input type="radio" name={`${id}-secret-mode`} value={mode} checked={secretMode === mode} onChange={() => setSecretMode(mode)} />
            {t(`form.secretModes.${mode}`)}
          </label>
        ))}
        {secretMode === "enter" ? (
          <div className="space-y-1">
            <label htmlFor={`${id}-secret`} className="block text-sm font-medium">{t("form.secretValue")}</label>
            <input id={`${id}-secret`} type="password" autoComplete="off" value={secret} onChange={(event) => setSecret(event.target.value)} minLength={16} className={`${INPUT_CLASS} font-mono`} aria-invalid={fieldError("secret") ? true : undefined} aria-describedby={described("secret")} />
            {errorOf("secret")}
          </div>
        ) : null}
      </fieldset>

      <fieldset className={FIELDSET} aria-describedby={fieldError("events") ? `${id}-events-error` : undefined}>
        <legend className={LEGEND}>{t("form.events")}</legend>
        {NOTIFICATION_EVENTS.map((name) => (
          <label key={name} className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-1" checked={events.includes(name)} onChange={(event) => setEvents(toggle(events, name, event.target.checked))} />
            <span>{t(`events.${name}`)}<span className={`block ${HINT}`}>{t(`eventHints.${name}`)}</span></span>
          </label>
        ))}
        {events.includes("scan_failing_repeatedly") ? (
          <div className="ml-6 max-w-xs space-y-1">
            <label htmlFor={`${id}-threshold`} className="block text-sm font-medium">{t("form.threshold")}</label>
            <input id={`${id}-threshold`} type="number" min={2} max={50} value={threshold} onChange={(event) => setThreshold(event.target.value)} className={INPUT_CLASS} aria-invalid={fieldError("failureThreshold") ? true : undefined} aria-describedby={described("failureThreshold")} />
            {errorOf("failureThreshold")}
          </div>
        ) : null}
        {errorOf("events")}
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("form.clusters")}</legend>
        <p className={HINT}>{t("form.clustersHint")}</p>
        {clusters.length === 0 ? <p className="text-sm">{t("form.noClusters")}</p> : null}
        <div className="grid gap-1 sm:grid-cols-2">
          {clusters.map((cluster) => (
            <label key={cluster.id} className="flex items-center gap-2 text-sm break-all">
              <input type="checkbox" checked={clusterIds.includes(cluster.id)} onChange={(event) => setClusterIds(toggle(clusterIds, cluster.id, event.target.checked))} />
              {cluster.name}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-wrap items-end gap-6">
        <div className="space-y-1">
          <label htmlFor={`${id}-language`} className="block text-sm font-medium">{t("form.language")}</label>
          <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value as "en" | "fr")} className={INPUT_CLASS}>
            <option value="en">{t("languages.en")}</option>
            <option value="fr">{t("languages.fr")}</option>
          </select>
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t("form.enabled")}
        </label>
      </div>

      {formError ? <p role="alert" className={ERROR}>{t("form.failed", { message: formError })}</p> : null}
      {failure && !formError ? <p role="alert" className={ERROR}>{t("form.fixFields")}</p> : null}
      <div className="flex gap-2">
        <button type="submit" className={BUTTON_PRIMARY} disabled={save.isPending}>{save.isPending ? t("form.saving") : endpoint ? t("form.save") : t("form.create")}</button>
        <button type="button" className={BUTTON_SECONDARY} onClick={onCancel}>{t("form.cancel")}</button>
      </div>
    </form>
  );
}
