"use client";

// The complexity × gain chart (Recharts 3 for axes and quadrants; the bubbles are our own SVG,
// drawn with the chart's scales, so that each is a focusable link in priority order).
import { useFormatter, useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import { ReferenceArea, ScatterChart, XAxis, YAxis, useXAxisScale, useYAxisScale } from "recharts";
import type { TQuadrant } from "@/lib/scoring/matrix";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { complianceColour, flooredCompliance } from "./compliance-scale";
import { AXIS_DOMAIN, AXIS_TICKS, bubbleCentre, bubbleRadius, COMPACT_LABEL_CELL, labelPlacement, maxRadiusFor, quadrantAreas } from "./matrix-geometry";
import type { TMatrixBubble } from "./matrix-preview";

const QUADRANT_STYLE: Record<TQuadrant, { fill: string; opacity: number; position: "insideTopLeft" | "insideTopRight" | "insideBottomLeft" | "insideBottomRight" }> = {
  quick_wins: { fill: "#3b82f6", opacity: 0.14, position: "insideTopLeft" },
  major_projects: { fill: "#8b5cf6", opacity: 0.08, position: "insideTopRight" },
  fill_ins: { fill: "#64748b", opacity: 0.06, position: "insideBottomLeft" },
  thankless: { fill: "#64748b", opacity: 0.14, position: "insideBottomRight" },
};

interface TActive {
  quickWin: TQuickWinId;
  x: number;
  y: number;
  radius: number;
  /** The bubble is right of the chart's middle: the tooltip opens leftwards. */
  alignRight: boolean;
  via: "focus" | "hover";
}

export interface TMatrixChartProps {
  /** Already in priority order: the DOM order is the Tab order. */
  bubbles: TMatrixBubble[];
  /** Where a bubble leads; without it bubbles are not links (the ratings preview). */
  hrefFor?: (quickWin: TQuickWinId) => string;
  onOpen?: (href: string) => void;
  describedBy?: string;
  /** No cluster's numbers (a ratings preview without one): placement and score only. */
  placementOnly?: boolean;
}

export function MatrixChart({ bubbles, hrefFor, onOpen, describedBy, placementOnly = false }: TMatrixChartProps) {
  const t = useTranslations();
  const [active, setActive] = useState<TActive | null>(null);
  const activeBubble = active ? bubbles.find((bubble) => bubble.quickWin === active.quickWin) : undefined;

  return (
    <div className="relative text-slate-600 dark:text-slate-300">
      <ScatterChart
        responsive
        accessibilityLayer={false}
        style={{ width: "100%", aspectRatio: "1 / 1", maxHeight: 600 }}
        margin={{ top: 12, right: 12, bottom: 28, left: 8 }}
        aria-describedby={describedBy}
      >
        <XAxis
          type="number"
          dataKey="complexity"
          domain={AXIS_DOMAIN}
          ticks={[...AXIS_TICKS]}
          allowDataOverflow
          tick={{ fill: "currentColor", fontSize: 12 }}
          stroke="currentColor"
          label={{ value: t("matrix.axisComplexity"), position: "insideBottom", offset: -18, fill: "currentColor", fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="gain"
          domain={AXIS_DOMAIN}
          ticks={[...AXIS_TICKS]}
          allowDataOverflow
          width={48}
          tick={{ fill: "currentColor", fontSize: 12 }}
          stroke="currentColor"
          label={{ value: t("matrix.axisGain"), angle: -90, position: "insideLeft", offset: 12, fill: "currentColor", fontSize: 12, style: { textAnchor: "middle" } }}
        />
        {quadrantAreas().map((area) => (
          <ReferenceArea
            key={area.quadrant}
            x1={area.x1}
            x2={area.x2}
            y1={area.y1}
            y2={area.y2}
            fill={QUADRANT_STYLE[area.quadrant].fill}
            fillOpacity={QUADRANT_STYLE[area.quadrant].opacity}
            stroke="none"
            label={{
              value: t(`matrix.quadrants.${area.quadrant}`),
              position: QUADRANT_STYLE[area.quadrant].position,
              fill: "currentColor",
              fontSize: 11,
              fontWeight: 600,
              offset: 6,
            }}
          />
        ))}
        <Bubbles bubbles={bubbles} hrefFor={hrefFor} onOpen={onOpen} placementOnly={placementOnly} active={active} setActive={setActive} />
      </ScatterChart>
      {active && activeBubble ? <BubbleTooltip bubble={activeBubble} active={active} placementOnly={placementOnly} /> : null}
    </div>
  );
}

function Bubbles({ bubbles, hrefFor, onOpen, placementOnly, active, setActive }: Pick<TMatrixChartProps, "bubbles" | "hrefFor" | "onOpen" | "placementOnly"> & {
  active: TActive | null;
  setActive: (value: TActive | null | ((previous: TActive | null) => TActive | null)) => void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const maxOpen = Math.max(0, ...bubbles.map((bubble) => bubble.openFindings));
  const middle = Number(xScale(3));
  const cell = Math.abs(Number(xScale(2)) - Number(xScale(1)));
  const maxRadius = maxRadiusFor(cell);
  const compact = cell < COMPACT_LABEL_CELL;

  const placed = bubbles.flatMap((bubble) => {
    const centre = bubbleCentre(bubble);
    const x = Number(xScale(centre.x));
    const y = Number(yScale(centre.y));
    if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
    const radius = bubbleRadius(bubble.openFindings, maxOpen, maxRadius);
    const compliance = bubble.compliance === null ? t("matrix.notAssessed") : format.number(flooredCompliance(bubble.compliance), { style: "percent" });
    return [{ bubble, x, y, radius, compliance, label: labelPlacement(bubble, radius) }];
  });

  // Two layers: every bubble first, then every label, so that no bubble ever hides a label.
  return (
    <g className="matrix-bubbles">
      {placed.map(({ bubble, x, y, radius, compliance }) => {
        const href = hrefFor?.(bubble.quickWin);
        const description = placementOnly ? t("matrix.bubblePlacement", {
          id: bubble.quickWin,
          name: t(`quickWins.${bubble.quickWin}.name`),
          score: bubble.score,
          complexity: bubble.complexity,
          gain: bubble.gain,
          quadrant: t(`matrix.quadrants.${bubble.quadrant}`),
        }) : t("matrix.bubbleDescription", {
          id: bubble.quickWin,
          name: t(`quickWins.${bubble.quickWin}.name`),
          score: bubble.score,
          compliance,
          open: bubble.openFindings,
          complexity: bubble.complexity,
          gain: bubble.gain,
          quadrant: t(`matrix.quadrants.${bubble.quadrant}`),
        });
        const show = (via: TActive["via"]) => setActive({ quickWin: bubble.quickWin, x, y, radius, alignRight: x > middle, via });
        const hide = (via: TActive["via"]) => setActive((previous) => (previous?.quickWin === bubble.quickWin && previous.via === via ? null : previous));
        const focused = active?.quickWin === bubble.quickWin && active.via === "focus";
        return (
          <g
            key={bubble.quickWin}
            transform={`translate(${x},${y})`}
            data-quick-win={bubble.quickWin}
            data-complexity={bubble.complexity}
            data-gain={bubble.gain}
            role={href ? "link" : "img"}
            tabIndex={href ? 0 : undefined}
            aria-label={href ? `${description} ${t("matrix.openHint")}` : description}
            className={href ? "cursor-pointer outline-none" : undefined}
            onMouseEnter={() => show("hover")}
            onMouseLeave={() => hide("hover")}
            onFocus={() => show("focus")}
            onBlur={() => hide("focus")}
            onClick={href ? () => onOpen?.(href) : undefined}
            onKeyDown={href ? (event: KeyboardEvent) => {
              if (event.key === "Enter") {
                event.preventDefault();
                onOpen?.(href);
              }
            } : undefined}
          >
            {focused ? <circle r={radius + 4} fill="none" strokeWidth={2.5} className="stroke-brand-600 dark:stroke-sky-400" /> : null}
            <circle
              r={radius}
              fill={placementOnly ? "#64748b" : complianceColour(bubble.compliance)}
              fillOpacity={0.88}
              strokeWidth={1.5}
              strokeDasharray={bubble.compliance === null && !placementOnly ? "3 2" : undefined}
              className="stroke-white dark:stroke-slate-200"
            />
          </g>
        );
      })}
      <g aria-hidden="true" pointerEvents="none">
        {placed.map(({ bubble, x, y, compliance, label }) => (
          <text
            key={bubble.quickWin}
            x={x + label.dx}
            y={y + label.dy}
            textAnchor={label.textAnchor}
            fontSize={12}
            fontWeight={600}
            paintOrder="stroke"
            strokeWidth={3}
            strokeLinejoin="round"
            className="fill-slate-900 stroke-white dark:fill-slate-50 dark:stroke-slate-900"
          >
            {bubble.quickWin}
            {placementOnly || compact ? null : <tspan fontWeight={400}>{` ${compliance}`}</tspan>}
          </text>
        ))}
      </g>
    </g>
  );
}

/** The tooltip of the hovered or focused bubble; the same words are the bubble's accessible name. */
function BubbleTooltip({ bubble, active, placementOnly }: { bubble: TMatrixBubble; active: TActive; placementOnly: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute z-10 w-64 rounded-md border border-slate-200 bg-white p-3 text-xs text-slate-800 shadow-lg dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
      style={{
        left: active.x,
        top: active.y - active.radius - 8,
        transform: `translate(${active.alignRight ? "calc(-100% + 16px)" : "-16px"}, -100%)`,
      }}
    >
      <p className="font-semibold">
        <span className="font-mono">{bubble.quickWin}</span> {t(`quickWins.${bubble.quickWin}.name`)}
      </p>
      <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-slate-600 dark:text-slate-300">{t("matrix.score")}</dt>
        <dd className="tabular-nums">{bubble.score}</dd>
        {placementOnly ? null : (
          <>
            <dt className="text-slate-600 dark:text-slate-300">{t("matrix.compliance")}</dt>
            <dd className="tabular-nums">{bubble.compliance === null ? t("matrix.notAssessed") : format.number(flooredCompliance(bubble.compliance), { style: "percent" })}</dd>
            <dt className="text-slate-600 dark:text-slate-300">{t("matrix.openFindings")}</dt>
            <dd className="tabular-nums">{format.number(bubble.openFindings)}</dd>
          </>
        )}
        <dt className="text-slate-600 dark:text-slate-300">{t("matrix.effortGain")}</dt>
        <dd className="tabular-nums">{t("matrix.effortGainValue", { complexity: bubble.complexity, gain: bubble.gain })}</dd>
      </dl>
    </div>
  );
}
