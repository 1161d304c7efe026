"use client";

// The ratings editor: complexity and gain per quick win, with the score, the matrix and the
// "do next" order updating as they change (before saving), a required reason, and Save.
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState, type FormEvent } from "react";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT_CLASS } from "@/components/clusters/styles";
import { useClusterMatrix } from "@/components/matrix/hooks/use-cluster-matrix";
import { observedOf, previewMatrix } from "@/components/matrix/matrix-preview";
import { PriorityMatrix } from "@/components/matrix/priority-matrix";
import { DataTable } from "@/components/ui/data-table";
import { quadrantOf } from "@/lib/scoring/matrix";
import { DEFAULT_RATINGS, priorityScore, QUICK_WIN_IDS, type TQuickWinId, type TRating } from "@/lib/scoring/quick-wins";
import { useSaveRatings } from "./hooks/use-save-ratings";
import { ratingsChanges } from "./ratings-editor-changes";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

type TRatings = Record<TQuickWinId, TRating>;
const LEVELS = [1, 2, 3, 4, 5] as const;
const SELECT_CLASS = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm tabular-nums shadow-sm dark:border-slate-600 dark:bg-slate-950";

export function RatingsEditor({ saved, savedVersion, clusters }: { saved: TRatings; savedVersion: number; clusters: { id: string; name: string }[] }) {
  const t = useTranslations();
  const errorText = useApiErrorText();
  const format = useFormatter();
  const router = useRouter();
  const [ratings, setRatings] = useState<TRatings>(saved);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const [previewCluster, setPreviewCluster] = useState<string>(clusters[0]?.id ?? "");
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const ids = { reason: useId(), reasonError: useId(), preview: useId() };
  const save = useSaveRatings();
  const matrix = useClusterMatrix(previewCluster || null);

  const changes = useMemo(() => ratingsChanges(saved, ratings), [saved, ratings]);
  const observed = useMemo(() => (matrix.data?.scan ? observedOf(matrix.data.quickWins) : null), [matrix.data]);
  const preview = useMemo(() => previewMatrix(ratings, observed), [ratings, observed]);
  const savedPreview = useMemo(() => previewMatrix(saved, observed), [saved, observed]);

  const set = (id: TQuickWinId, field: keyof TRating, value: number) => {
    save.reset();
    setRatings((previous) => ({ ...previous, [id]: { ...previous[id], [field]: value } }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonMissing(true);
      reasonRef.current?.focus();
      return;
    }
    save.mutate({ ratings, reason: reason.trim() }, {
      onSuccess: () => {
        setReason("");
        router.refresh();
      },
    });
  };

  const posture = (value: number | null) => (value === null ? "—" : format.number(value, { maximumFractionDigits: 1 }));

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div>
          <DataTable
            caption={t("ratingsEditor.tableCaption")}
            columns={[
              { label: t("matrix.quickWin") },
              { label: t("ratingsEditor.complexityHead") },
              { label: t("ratingsEditor.gainHead") },
              { label: t("matrix.score"), numeric: true },
              { label: t("matrix.quadrant") },
            ]}
          >
              {QUICK_WIN_IDS.map((id) => {
                const rating = ratings[id];
                const score = priorityScore(rating);
                const before = priorityScore(saved[id]);
                const changed = rating.complexity !== saved[id].complexity || rating.gain !== saved[id].gain;
                const name = t(`quickWins.${id}.name`);
                return (
                  <tr key={id} data-quick-win={id} className={changed ? "bg-sky-50 dark:bg-sky-950/40" : undefined}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      <span className="font-mono text-xs">{id}</span> {name}
                      {changed ? <span className="ml-1 text-xs font-normal text-sky-800 dark:text-sky-300">{t("ratingsEditor.changed")}</span> : null}
                    </th>
                    {(["complexity", "gain"] as const).map((field) => (
                      <td key={field} className="py-2 pr-3">
                        <select
                          aria-label={t(`ratingsEditor.${field}Of`, { id, name })}
                          value={rating[field]}
                          onChange={(event) => set(id, field, Number(event.target.value))}
                          className={SELECT_CLASS}
                        >
                          {LEVELS.map((level) => <option key={level} value={level}>{level}</option>)}
                        </select>
                      </td>
                    ))}
                    <td className="py-2 pr-3 text-right tabular-nums" data-score={score}>
                      <span className="font-semibold">{score}</span>
                      {score !== before ? <span className="block text-xs text-slate-600 dark:text-slate-400">{t("ratingsEditor.was", { value: before })}</span> : null}
                    </td>
                    <td className="py-2 text-xs">{t(`matrix.quadrants.${quadrantOf(rating)}`)}</td>
                  </tr>
                );
              })}
          </DataTable>
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("ratingsEditor.scale")}</p>
        </div>

        <section aria-labelledby={`${ids.preview}-title`} className="min-w-0">
          <h3 id={`${ids.preview}-title`} className="font-semibold">{t("ratingsEditor.previewTitle")}</h3>
          <label htmlFor={ids.preview} className="mt-2 block text-sm text-slate-700 dark:text-slate-300">{t("ratingsEditor.previewWith")}</label>
          <select id={ids.preview} value={previewCluster} onChange={(event) => setPreviewCluster(event.target.value)} className={`${SELECT_CLASS} mt-1 max-w-full`}>
            <option value="">{t("ratingsEditor.previewNone")}</option>
            {clusters.map((cluster) => <option key={cluster.id} value={cluster.id}>{cluster.name}</option>)}
          </select>
          {previewCluster && matrix.isPending ? <p role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("ratingsEditor.previewLoading")}</p> : null}
          {matrix.isError ? <p role="alert" className="mt-2 text-sm text-amber-800 dark:text-amber-300">{t("ratingsEditor.previewFailed", { message: errorText(matrix.error) })}</p> : null}
          {previewCluster && matrix.data && !matrix.data.scan ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("ratingsEditor.previewNoScan")}</p> : null}
          {previewCluster && matrix.data?.scan ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
              {t("ratingsEditor.previewPosture", { now: posture(preview.postureScore), saved: posture(savedPreview.postureScore) })}
            </p>
          ) : null}
          <div className="mt-3">
            <PriorityMatrix bubbles={preview.quickWins} priority={preview.priority} caption={t("ratingsEditor.previewCaption")} placementOnly={!observed} />
          </div>
          {preview.priority.length > 0 ? (
            <div className="mt-3 text-sm">
              <h4 className="font-medium">{t("ratingsEditor.previewOrder")}</h4>
              <ol className="mt-1 flex flex-wrap gap-x-3 gap-y-1 font-mono text-xs" aria-label={t("ratingsEditor.previewOrder")}>
                {preview.priority.map((item, index) => (
                  <li key={item.quickWin} data-quick-win={item.quickWin}>{index + 1}. {item.quickWin}</li>
                ))}
              </ol>
            </div>
          ) : null}
        </section>
      </div>

      <div>
        <label htmlFor={ids.reason} className="block text-sm font-medium">
          {t("ratingsEditor.reason")} <span className="font-normal text-slate-600 dark:text-slate-400">{t("ratingsEditor.required")}</span>
        </label>
        <textarea
          id={ids.reason}
          ref={reasonRef}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            if (event.target.value.trim()) setReasonMissing(false);
          }}
          rows={3}
          maxLength={2000}
          required
          aria-invalid={reasonMissing}
          aria-describedby={reasonMissing ? ids.reasonError : undefined}
          placeholder={t("ratingsEditor.reasonPlaceholder")}
          className={`${INPUT_CLASS} mt-1 max-w-2xl`}
        />
        {reasonMissing ? <p id={ids.reasonError} className="mt-1 text-sm text-amber-800 dark:text-amber-300">{t("ratingsEditor.reasonMissing")}</p> : null}
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON_PRIMARY} disabled={save.isPending}>
          {save.isPending ? t("ratingsEditor.saving") : t("ratingsEditor.save")}
        </button>
        <button type="button" className={BUTTON_SECONDARY} onClick={() => { save.reset(); setRatings({ ...DEFAULT_RATINGS }); }}>
          {t("ratingsEditor.resetDefaults")}
        </button>
        <button type="button" className={BUTTON_SECONDARY} disabled={changes.length === 0} onClick={() => { save.reset(); setRatings(saved); }}>
          {t("ratingsEditor.undo")}
        </button>
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {t("ratingsEditor.pending", { count: changes.length, version: savedVersion })}
        </span>
      </div>

      <div aria-live="polite">
        {save.isSuccess ? (
          <p role="status" className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950/40 dark:text-sky-100">
            {t("ratingsEditor.saved", { version: save.data.id })}
          </p>
        ) : null}
      </div>
      {save.isError ? (
        <p role="alert" className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-500/60 dark:bg-amber-950/40 dark:text-amber-100">
          {t("ratingsEditor.failed", { message: errorText(save.error), code: "code" in save.error ? String(save.error.code) : "error" })}
        </p>
      ) : null}
    </form>
  );
}
