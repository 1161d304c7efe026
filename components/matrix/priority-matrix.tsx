"use client";

// The prioritization matrix with its text alternative: a Chart / Table switch, the table always
// readable by screen readers, bubbles reachable with Tab in priority order and opened with Enter.
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { MatrixLegend } from "./matrix-legend";
import { bubbleOrder, type TMatrixBubble } from "./matrix-preview";
import { MatrixTable } from "./matrix-table";
import { quickWinHref } from "./quick-win-href";

// Recharts as a lazily loaded chunk (server-rendered all the same): it keeps the cluster and
// settings pages under 250 KB of first-load JavaScript (issue #6).
const MatrixChart = dynamic(() => import("./matrix-chart").then((module) => module.MatrixChart));

export function PriorityMatrix({ bubbles, priority, clusterId, caption, placementOnly = false }: {
  bubbles: TMatrixBubble[];
  /** The "do next" order (bubbles not in it follow, by score). */
  priority: readonly { quickWin: TQuickWinId }[];
  /** Bubbles and rows link to the cluster's quick win pages; without it (a preview) they do not. */
  clusterId?: string;
  caption: string;
  /** No cluster's numbers behind the bubbles (a ratings preview without one): placement and score only. */
  placementOnly?: boolean;
}) {
  const t = useTranslations("matrix");
  const router = useRouter();
  const [view, setView] = useState<"chart" | "table">("chart");
  const descriptionId = useId();
  const ordered = useMemo(() => bubbleOrder(bubbles, priority), [bubbles, priority]);
  const hrefFor = clusterId ? (quickWin: TQuickWinId) => quickWinHref(clusterId, quickWin) : undefined;
  const toggle = (value: "chart" | "table", label: string) => (
    <button
      type="button"
      aria-pressed={view === value}
      onClick={() => setView(value)}
      className="rounded px-3 py-1 text-xs font-medium text-slate-700 aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-sm dark:text-slate-300 dark:aria-pressed:bg-slate-700 dark:aria-pressed:text-white"
    >
      {label}
    </button>
  );

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p id={descriptionId} className="max-w-prose text-xs text-slate-600 dark:text-slate-400">
          {clusterId ? t("descriptionLinked") : t("description")}
        </p>
        <div role="group" aria-label={t("viewLabel")} className="inline-flex rounded-md bg-slate-100 p-0.5 dark:bg-slate-800">
          {toggle("chart", t("viewChart"))}
          {toggle("table", t("viewTable"))}
        </div>
      </div>
      {view === "chart" ? (
        <MatrixChart bubbles={ordered} hrefFor={hrefFor} onOpen={(href) => router.push(href)} describedBy={descriptionId} placementOnly={placementOnly} />
      ) : null}
      <MatrixTable bubbles={ordered} hrefFor={hrefFor} visible={view === "table"} caption={caption} placementOnly={placementOnly} />
      {view === "chart" ? <MatrixLegend withCompliance={!placementOnly} /> : null}
    </div>
  );
}
