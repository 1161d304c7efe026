"use client";

// "Export PDF": the executive summary for some clusters (preset by the page, or chosen from
// `choices`), a period and a language. Shows progress while the server renders the file and a
// message if it cannot. Without `optionsOpen` it fits a page header (overview, cluster page): the
// options sit behind a "Report options" disclosure beside the button, opening as a panel below it
// (Escape closes it and gives the focus back to its toggle).
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT_CLASS } from "@/components/clusters/styles";
import { isLocale, LOCALES, type TLocale } from "@/lib/i18n/locale";
import { periodReversed } from "./export-url";
import { useExportPdf } from "./hooks/use-export-pdf";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

const noSubscription = () => () => {};

/** False in the server's HTML and until hydration: the button cannot be clicked before it works. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

export interface TClusterChoice {
  id: string;
  name: string;
}

export function ExportPdfButton({ clusterIds = [], choices, optionsOpen = false }: {
  /** The clusters the report covers (none: every cluster), or the ones ticked first when `choices` are given. */
  clusterIds?: readonly string[];
  /** Clusters to choose from (a multi-select); without it the report covers `clusterIds`. */
  choices?: readonly TClusterChoice[];
  /** Options shown in place rather than behind "Report options". */
  optionsOpen?: boolean;
}) {
  const t = useTranslations("reports.export");
  const errorText = useApiErrorText();
  const locale = useLocale();
  const id = useId();
  const [selected, setSelected] = useState<string[]>([...clusterIds]);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [lang, setLang] = useState<TLocale>(isLocale(locale) ? locale : "en");
  const exportPdf = useExportPdf();
  const reversed = periodReversed(from, to);
  const hydrated = useHydrated();
  const disclosure = useRef<HTMLDetailsElement>(null);

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== "Escape" || !disclosure.current?.open) return;
    event.preventDefault();
    disclosure.current.open = false;
    disclosure.current.querySelector("summary")?.focus();
  };

  const toggle = (clusterId: string, on: boolean) =>
    setSelected((current) => (on ? [...current, clusterId] : current.filter((value) => value !== clusterId)));

  const start = () => {
    if (reversed) return;
    exportPdf.mutate({ clusterIds: selected, from, to, lang });
  };

  const error = exportPdf.error as { code?: string; message?: string } | null;
  const options = (
    <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
      {choices && choices.length > 0 ? (
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium">{t("clusters")}</legend>
          <p id={`${id}-clusters-hint`} className="text-xs text-slate-600 dark:text-slate-400">{t("clustersHint")}</p>
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {choices.map((choice) => (
              <li key={choice.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={selected.includes(choice.id)}
                    onChange={(event) => toggle(choice.id, event.target.checked)}
                    aria-describedby={`${id}-clusters-hint`}
                  />
                  <span className="max-w-xs truncate" title={choice.name}>{choice.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={`${id}-from`} className="block text-sm font-medium">{t("from")}</label>
        <input id={`${id}-from`} type="date" className={INPUT_CLASS} value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)}
          aria-invalid={reversed} aria-describedby={`${id}-period-hint`} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-to`} className="block text-sm font-medium">{t("to")}</label>
        <input id={`${id}-to`} type="date" className={INPUT_CLASS} value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)}
          aria-invalid={reversed} aria-describedby={`${id}-period-hint`} />
      </div>
      <p id={`${id}-period-hint`} className="text-xs text-slate-600 sm:col-span-2 dark:text-slate-400">
        {reversed ? <span className="font-medium text-amber-800 dark:text-amber-300">{t("reversed")}</span> : t("periodHint")}
      </p>
      <div className="space-y-1">
        <label htmlFor={`${id}-lang`} className="block text-sm font-medium">{t("language")}</label>
        <select id={`${id}-lang`} className={INPUT_CLASS} value={lang} onChange={(event) => setLang(event.target.value as TLocale)}>
          {LOCALES.map((value) => <option key={value} value={value}>{t(`languages.${value}`)}</option>)}
        </select>
      </div>
    </div>
  );

  let status: ReactNode = null;
  if (exportPdf.isPending) status = t("busy");
  else if (exportPdf.isSuccess) status = t("done", { file: exportPdf.data.fileName });

  const button = (
    <button type="button" className={BUTTON_PRIMARY} onClick={start} disabled={!hydrated || exportPdf.isPending || reversed} aria-describedby={`${id}-status`}>
      {exportPdf.isPending ? (
        <svg aria-hidden="true" viewBox="0 0 24 24" className="mr-2 size-4 animate-spin">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
          <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
      ) : (
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mr-2 size-4"><path fill="currentColor" d="M9 2h2v8.6l3.3-3.3 1.4 1.4L10 14.4 4.3 8.7l1.4-1.4L9 10.6zM3 16h14v2H3z" /></svg>
      )}
      {t("button")}
    </button>
  );
  const statusLine = <p id={`${id}-status`} role="status" aria-live="polite" className="text-sm text-slate-700 empty:hidden dark:text-slate-300">{status}</p>;
  const progress = exportPdf.isPending ? (
    <div role="progressbar" aria-label={t("progressLabel")} aria-valuetext={t("busy")} className="h-1.5 w-full max-w-xs overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
      <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-600 dark:bg-sky-400" />
    </div>
  ) : null;
  const failure = exportPdf.isError ? (
    <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500/60 dark:bg-amber-950/40 dark:text-amber-100">
      {t("failed", { message: error?.code === "network" ? t("networkError") : errorText(error) })}
    </p>
  ) : null;

  if (optionsOpen) {
    return (
      <div className="space-y-3">
        {options}
        <div className="flex flex-wrap items-center gap-3">
          {button}
          {statusLine}
        </div>
        {progress}
        {failure}
      </div>
    );
  }
  return (
    <div className="flex max-w-lg flex-col items-end gap-2">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <details ref={disclosure} className="group relative" onKeyDown={closeOnEscape}>
          <summary className={`${BUTTON_SECONDARY} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
            {t("options")}
            <svg aria-hidden="true" viewBox="0 0 20 20" className="ml-1.5 size-4 transition-transform group-open:rotate-180"><path fill="currentColor" d="M5.3 7.3 10 12l4.7-4.7 1.4 1.4L10 14.8 3.9 8.7z" /></svg>
          </summary>
          <div className="absolute right-0 z-20 mt-2 w-[min(28rem,calc(100vw-2rem))] rounded-md border border-slate-200 bg-white p-4 text-left shadow-lg dark:border-slate-700 dark:bg-slate-900">
            {options}
          </div>
        </details>
        {button}
      </div>
      {/* w-0 min-w-full: as wide as the buttons, never wider (a long file name wraps instead of pushing the header apart). */}
      <div className="flex w-0 min-w-full flex-col items-end gap-2 text-right [overflow-wrap:anywhere]">
        {statusLine}
        {progress}
        {failure}
      </div>
    </div>
  );
}
