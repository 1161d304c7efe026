"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { isScanActive, useScanProgress, type TScanStatus } from "@/components/cluster/hooks/use-scan";
import { ScanStatusBadge } from "./scan-status";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

export interface TScanState {
  status: TScanStatus;
  phase: string | null;
  progress: number;
  error: string | null;
}

const KNOWN_PHASES = new Set(["queued", "starting", "collect", "evaluate", "score", "compare", "persist", "done"]);

/**
 * A scan's status, live: polled every second while it is queued or running (TanStack Query, then
 * it stops), and the server-rendered page is refreshed once it finishes so the score, the gaps
 * and the diff appear.
 */
export function ScanProgress({ clusterId, scanId, initial }: { clusterId: string; scanId: string; initial: TScanState }) {
  const t = useTranslations("scans");
  const ts = useTranslations("scanStatus");
  const errorText = useApiErrorText();
  const router = useRouter();
  // Only a scan the server saw queued or running is polled; once the refreshed page says it is
  // done, `initial` is done too and polling (and refreshing) stops for good.
  const startedActive = isScanActive(initial.status);
  const query = useScanProgress(clusterId, startedActive ? scanId : null);
  const state: TScanState = query.data ?? initial;
  const active = isScanActive(state.status);

  useEffect(() => {
    if (startedActive && !active) router.refresh();
  }, [startedActive, active, router]);

  const phase = state.phase && KNOWN_PHASES.has(state.phase) ? t(`phases.${state.phase}`) : (state.phase ?? t("phases.queued"));
  return (
    <div className="space-y-3">
      <p className="text-base"><ScanStatusBadge status={state.status} label={ts(state.status)} /></p>
      {active ? (
        <div>
          <div
            role="progressbar" aria-label={t("progress.label")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={state.progress}
            aria-valuetext={t("progress.text", { phase, progress: state.progress })}
            className="h-2 w-full max-w-md overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
          >
            <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500 dark:bg-sky-400" style={{ width: `${Math.max(2, state.progress)}%` }} />
          </div>
          <p role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("progress.text", { phase, progress: state.progress })}</p>
        </div>
      ) : null}
      {state.status === "failed" ? (
        <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100">
          <p className="font-semibold">{t("progress.failedIn", { phase })}</p>
          {state.error ? <p className="mt-1 break-words font-mono text-xs">{state.error}</p> : null}
          <p className="mt-1">{t("progress.failedKept")}</p>
        </div>
      ) : null}
      {state.status === "partial" ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("progress.partial")}</p> : null}
      {query.error ? <p role="alert" className="text-sm text-red-800 dark:text-red-300">{t("progress.pollFailed", { message: errorText(query.error) })}</p> : null}
    </div>
  );
}
