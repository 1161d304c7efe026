"use client";

// "Scan now" and the live progress of the cluster's scan (also one already running when the page
// opened). When the scan ends, the cluster's queries are invalidated and the server-rendered
// numbers refreshed.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { BUTTON_PRIMARY } from "@/components/clusters/styles";
import { isScanActive, useScanProgress, useTriggerScan } from "./hooks/use-scan";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

const PHASES = new Set(["collect", "evaluate", "score", "compare", "persist", "done"]);

export function ScanNow({ clusterId, runningScanId, archived }: { clusterId: string; runningScanId: string | null; archived: boolean }) {
  const t = useTranslations("cluster.scan");
  const errorText = useApiErrorText();
  const format = useFormatter();
  const router = useRouter();
  const client = useQueryClient();
  const [scanId, setScanId] = useState<string | null>(runningScanId);
  const [joined, setJoined] = useState(false);
  const trigger = useTriggerScan(clusterId);
  const progress = useScanProgress(clusterId, scanId);
  const scan = progress.data?.id === scanId ? progress.data : undefined;
  const refreshed = useRef<string | null>(null);

  const running = trigger.isPending || (scanId !== null && (scan === undefined || isScanActive(scan.status)));
  const finished = scan && !isScanActive(scan.status) ? scan : undefined;

  useEffect(() => {
    if (!finished || refreshed.current === finished.id) return;
    refreshed.current = finished.id;
    void client.invalidateQueries({ queryKey: ["cluster", clusterId] });
    void client.invalidateQueries({ queryKey: ["clusters"] });
    router.refresh();
  }, [finished, client, clusterId, router]);

  const start = () => {
    trigger.mutate(undefined, {
      onSuccess: (result) => {
        setJoined(result.joined);
        setScanId(result.scanId);
      },
    });
  };

  const percent = scan && isScanActive(scan.status) ? scan.progress : 0;
  const phase = scan?.status === "queued" ? t("phases.queued") : scan?.phase && PHASES.has(scan.phase) ? t(`phases.${scan.phase}`) : t("phases.starting");
  let statusText = "";
  if (running) statusText = t("running", { phase, progress: format.number(percent / 100, { style: "percent" }) });
  else if (finished?.status === "succeeded") statusText = t("succeeded");
  else if (finished?.status === "partial") statusText = t("partial");

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={BUTTON_PRIMARY} onClick={start} disabled={running || archived}>
          {running ? t("buttonRunning") : t("button")}
        </button>
        {archived ? <span className="text-xs text-slate-600 dark:text-slate-400">{t("archived")}</span> : null}
      </div>
      {running ? (
        <div
          role="progressbar"
          aria-label={t("progressLabel")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={statusText}
          className="h-2 w-full max-w-xs overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        >
          <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500 dark:bg-sky-400" style={{ width: `${Math.max(4, percent)}%` }} />
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {statusText}
        {running && joined ? ` ${t("joined")}` : null}
      </p>
      {finished?.status === "failed" ? (
        <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500/60 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="font-semibold">{t("failed", { phase: finished.phase && PHASES.has(finished.phase) ? t(`phases.${finished.phase}`) : t("phases.starting") })}</p>
          {finished.error ? <p className="mt-1 break-words">{finished.error}</p> : null}
          <p className="mt-1">{t("failedKept")}</p>
        </div>
      ) : null}
      {trigger.isError ? (
        <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
          {t("triggerFailed", { message: errorText(trigger.error) })}
        </p>
      ) : null}
      {progress.isError && running ? (
        <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">{t("pollFailed", { message: errorText(progress.error) })}</p>
      ) : null}
    </div>
  );
}
