"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { useChartPalette } from "./use-chart-palette";

export interface TComplianceSeries {
  quickWin: TQuickWinId;
  /** The quick win's name, already translated. */
  title: string;
  /** One sentence for assistive technology: first and last value. */
  summary: string;
  /** The newest value as text ("87 %", "n/a"). */
  latest: string;
  /** Compliance in percent (0–100), null where nothing was assessable; the scans' labels are the `labels` prop, by index. */
  points: { at: number; value: number | null }[];
}

/**
 * Nine small line charts on the same 0–100 % scale, one per quick win. Values are in the parent's
 * table. The scans' date labels come once for all nine series (they share the scans).
 */
export function ComplianceSmallMultiples({ series, labels }: { series: TComplianceSeries[]; labels: string[] }) {
  const palette = useChartPalette();
  const format = useFormatter();
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {series.map((item) => (
        <li key={item.quickWin} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
          <div className="flex items-baseline justify-between gap-2">
            <h4 className="text-sm font-medium">
              <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{item.quickWin}</span>{" "}
              {item.title}
            </h4>
            <span className="shrink-0 text-sm font-semibold tabular-nums">{item.latest}</span>
          </div>
          <div role="img" aria-label={item.summary} className="mt-2">
            <LineChart accessibilityLayer={false} responsive style={{ width: "100%", height: 110 }} data={item.points} margin={{ top: 6, right: 8, bottom: 6, left: 0 }}>
              <CartesianGrid stroke={palette.grid} strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="at" type="number" scale="time" domain={["dataMin", "dataMax"]} hide padding={{ left: 6, right: 6 }} />
              <YAxis domain={[0, 100]} ticks={[0, 50, 100]} interval={0} tick={{ fill: palette.axis, fontSize: 10 }} stroke={palette.grid} width={40} tickFormatter={(value: number) => format.number(value / 100, { style: "percent" })} />
              <Tooltip
                labelFormatter={(at) => labels[item.points.findIndex((point) => point.at === at)] ?? ""}
                formatter={(value) => [typeof value === "number" ? format.number(value / 100, { style: "percent", maximumFractionDigits: 0 }) : "–", item.quickWin]}
                contentStyle={{ background: palette.tooltipBackground, borderColor: palette.tooltipBorder, color: palette.tooltipText, fontSize: 12 }}
                labelStyle={{ color: palette.tooltipText, fontWeight: 600 }}
                itemStyle={{ color: palette.tooltipText }}
              />
              <Line type="linear" dataKey="value" stroke={palette.primary} strokeWidth={2} dot={{ r: 2.5, fill: palette.primary, strokeWidth: 0 }} isAnimationActive={false} connectNulls={false} />
            </LineChart>
          </div>
        </li>
      ))}
    </ul>
  );
}
