"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import type { TGrade } from "@/lib/scoring/posture";
import { BAND_COLOURS } from "@/components/matrix/compliance-scale";
import { GRADE_BAND_OPACITY, GRADE_BANDS } from "./grade-scale";
import { useChartPalette } from "./use-chart-palette";

export interface TPosturePoint {
  /** Finish time of the scan, ms since the epoch. */
  at: number;
  /** The scan's date as the server formatted it (tooltips). */
  label: string;
  posture: number | null;
  grade: TGrade | null;
}

const Y_TICKS = [0, ...GRADE_BANDS.map((band) => band.from).filter((from) => from > 0).reverse(), 100];

/**
 * Posture (0–100) over time, on the grade bands. The parent gives the text alternative: `summary`
 * labels the picture and a table holds every value (the chart itself is hidden from assistive technology).
 */
export function PostureTrendChart({ points, summary, height = 240 }: { points: TPosturePoint[]; summary: string; height?: number }) {
  const palette = useChartPalette();
  const format = useFormatter();
  const t = useTranslations("trends");
  const labelOf = (at: unknown) => points.find((point) => point.at === at)?.label ?? "";
  // A little room either side of the first and last scan, inside the domain so the bands span it.
  const first = points[0]?.at ?? 0;
  const last = points.at(-1)?.at ?? 0;
  const pad = Math.max((last - first) * 0.03, 3600 * 1000);
  return (
    <div role="img" aria-label={summary} className="w-full">
      <LineChart accessibilityLayer={false} responsive style={{ width: "100%", height }} data={points} margin={{ top: 8, right: 28, bottom: 4, left: 0 }}>
        {GRADE_BANDS.map((band) => (
          <ReferenceArea
            key={band.grade}
            y1={band.from}
            y2={band.to}
            fill={BAND_COLOURS[band.grade]}
            fillOpacity={GRADE_BAND_OPACITY}
            stroke="none"
            ifOverflow="hidden"
            label={{ value: band.grade, position: "right", fill: palette.axis, fontSize: 12, fontWeight: 600 }}
          />
        ))}
        <CartesianGrid stroke={palette.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={[first - pad, last + pad]}
          ticks={points.map((point) => point.at)}
          allowDataOverflow
          tick={{ fill: palette.axis, fontSize: 12 }}
          stroke={palette.grid}
          tickFormatter={(at: number) => format.dateTime(new Date(at), { day: "numeric", month: "short" })}
          minTickGap={24}
        />
        <YAxis domain={[0, 100]} ticks={Y_TICKS} interval={0} tick={{ fill: palette.axis, fontSize: 12 }} stroke={palette.grid} width={36} allowDataOverflow />
        <Tooltip
          labelFormatter={labelOf}
          formatter={(value) => [typeof value === "number" ? format.number(value, { maximumFractionDigits: 1 }) : "–", t("posture.series")]}
          contentStyle={{ background: palette.tooltipBackground, borderColor: palette.tooltipBorder, color: palette.tooltipText, fontSize: 12 }}
          labelStyle={{ color: palette.tooltipText, fontWeight: 600 }}
          itemStyle={{ color: palette.tooltipText }}
        />
        <Line
          type="linear"
          dataKey="posture"
          name={t("posture.series")}
          stroke={palette.primary}
          strokeWidth={2.5}
          dot={{ r: 3.5, fill: palette.primary, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
          connectNulls={false}
        />
      </LineChart>
    </div>
  );
}
