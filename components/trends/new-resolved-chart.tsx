"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { useChartPalette, type TChartPalette } from "./use-chart-palette";

export interface TNewResolvedPoint {
  /** The scan's date as the server formatted it (axis and tooltip). */
  label: string;
  new: number;
  resolved: number;
}

/** Diagonal hatching for "new", so the two series differ by pattern as well as by colour. */
function Hatch({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={colour} fillOpacity={0.25} />
      <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="3" />
    </pattern>
  );
}

function LegendSwatch({ kind, palette, patternId }: { kind: "new" | "resolved"; palette: TChartPalette; patternId: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 14 14" className="size-3.5">
      {kind === "new" ? (
        <>
          <defs><Hatch id={patternId} colour={palette.secondary} /></defs>
          <rect width="14" height="14" fill={`url(#${patternId})`} stroke={palette.secondary} />
        </>
      ) : (
        <rect width="14" height="14" fill={palette.primary} />
      )}
    </svg>
  );
}

/** New and resolved findings per scan, side by side. Values are in the parent's table. */
export function NewResolvedChart({ points, summary }: { points: TNewResolvedPoint[]; summary: string }) {
  const palette = useChartPalette();
  const format = useFormatter();
  const t = useTranslations("trends.changes");
  const id = useId().replace(/:/g, "");
  const hatch = `hatch-${id}`;
  return (
    <div>
      <ul className="mb-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
        <li className="flex items-center gap-1.5"><LegendSwatch kind="new" palette={palette} patternId={`${hatch}-legend`} />{t("new")}</li>
        <li className="flex items-center gap-1.5"><LegendSwatch kind="resolved" palette={palette} patternId={`${hatch}-legend-r`} />{t("resolved")}</li>
      </ul>
      <div role="img" aria-label={summary}>
        <BarChart accessibilityLayer={false} responsive style={{ width: "100%", height: 220 }} data={points} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} barGap={2}>
          <defs><Hatch id={hatch} colour={palette.secondary} /></defs>
          <CartesianGrid stroke={palette.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: palette.axis, fontSize: 12 }} stroke={palette.grid} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={{ fill: palette.axis, fontSize: 12 }} stroke={palette.grid} width={40} />
          <Tooltip
            cursor={{ fill: palette.grid, fillOpacity: 0.4 }}
            formatter={(value, name) => [typeof value === "number" ? format.number(value) : "–", name]}
            contentStyle={{ background: palette.tooltipBackground, borderColor: palette.tooltipBorder, color: palette.tooltipText, fontSize: 12 }}
            labelStyle={{ color: palette.tooltipText, fontWeight: 600 }}
            itemStyle={{ color: palette.tooltipText }}
          />
          <Bar dataKey="new" name={t("new")} fill={`url(#${hatch})`} stroke={palette.secondary} strokeWidth={1} isAnimationActive={false} maxBarSize={28} />
          <Bar dataKey="resolved" name={t("resolved")} fill={palette.primary} isAnimationActive={false} maxBarSize={28} />
        </BarChart>
      </div>
    </div>
  );
}
