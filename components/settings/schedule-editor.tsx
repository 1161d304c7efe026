"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ApiError } from "@/components/clusters/hooks/api";
import { useUpdateCluster } from "@/components/clusters/hooks/use-cluster-mutations";
import { useDebounced } from "@/components/clusters/hooks/use-debounced";
import { useSchedulePreview } from "@/components/clusters/hooks/use-schedule-preview";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT_CLASS } from "@/components/clusters/styles";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

const ACTION = "rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";

/**
 * Changes one cluster's schedule in place: the server checks the expression as you type (words
 * and next run, /api/clusters/schedule) and validates it again on save (PATCH /api/clusters/[id]).
 */
export function ScheduleEditor({ clusterId, clusterName, schedule }: { clusterId: string; clusterName: string; schedule: string }) {
  const t = useTranslations("settings.schedules");
  const errorText = useApiErrorText();
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(schedule);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const preview = useSchedulePreview(useDebounced(editing ? value : "", 300));
  const update = useUpdateCluster(clusterId);
  const previewError = preview.data && !preview.data.ok ? preview.data.message : null;

  function save(event: React.FormEvent) {
    event.preventDefault();
    update.mutate({ schedule: value.trim() }, {
      onSuccess: () => {
        setEditing(false);
        setMessage({ ok: true, text: t("saved", { name: clusterName }) });
        router.refresh();
      },
      onError: (error) => {
        const field = error instanceof ApiError ? error.fields?.fieldErrors.schedule?.[0] : undefined;
        setMessage({ ok: false, text: t("saveFailed", { message: field ?? errorText(error) }) });
      },
    });
  }

  if (!editing) {
    return (
      <div className="flex flex-wrap items-center gap-1">
        <button type="button" className={`${ACTION} -ml-2`} aria-label={t("changeLabel", { name: clusterName })} onClick={() => { setEditing(true); setValue(schedule); setMessage(null); }}>
          {t("changeButton")}
        </button>
        <Link href={`/clusters/${clusterId}/edit`} className={ACTION} aria-label={t("editLabel", { name: clusterName })}>{t("edit")}</Link>
        <span role="status" className={`basis-full text-xs ${message?.ok === false ? "text-red-800 dark:text-red-300" : "text-slate-700 dark:text-slate-300"}`}>{message?.text ?? ""}</span>
      </div>
    );
  }

  return (
    <form onSubmit={save} className="max-w-sm space-y-2" aria-label={t("formLabel", { name: clusterName })}>
      <label htmlFor={`${id}-cron`} className="block text-xs font-medium">{t("expression")}</label>
      <input
        id={`${id}-cron`} value={value} onChange={(event) => setValue(event.target.value)} autoFocus spellCheck={false}
        className={`${INPUT_CLASS} font-mono`} aria-invalid={previewError ? true : undefined} aria-describedby={`${id}-preview`}
      />
      <p id={`${id}-preview`} aria-live="polite" className={`text-xs ${previewError ? "text-red-800 dark:text-red-300" : "text-slate-600 dark:text-slate-400"}`}>
        {previewError ?? (preview.data?.ok ? t("preview", { description: preview.data.description, next: format.dateTime(new Date(preview.data.next), { dateStyle: "medium", timeStyle: "short" }) }) : t("hint"))}
      </p>
      <div className="flex gap-2">
        <button type="submit" className={`${BUTTON_PRIMARY} px-3 py-1`} disabled={update.isPending || value.trim() === "" || previewError !== null}>
          {update.isPending ? t("saving") : t("save")}
        </button>
        <button type="button" className={`${BUTTON_SECONDARY} px-3 py-1`} onClick={() => { setEditing(false); setMessage(null); }}>{t("cancel")}</button>
      </div>
      {message && !message.ok ? <p role="alert" className="text-xs text-red-800 dark:text-red-300">{message.text}</p> : null}
    </form>
  );
}
