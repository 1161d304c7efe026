// The PDF's charts as vector shapes (react-pdf <Svg>), labels as text laid over them.
import { Circle, G, Line, Polyline, Rect, Svg, View } from "@react-pdf/renderer";
import type { TReportFormat } from "./format";
import { complianceBand } from "../scoring/band-colours";
import { bubbleRadius, labelSide, matrixScale, postureDomain, quadrantRects, trendPoints, type TBox } from "./geometry";
import type { TReportT } from "./i18n";
import { GRADE_FLOORS } from "./model-appendix";
import type { TFleetBubble, TTrendVertex } from "./model";
import { Txt } from "./pdf-kit";
import { BAND_COLOURS, BRAND, INK, MUTED, NEW_COLOUR, RESOLVED_COLOUR, RULE, SOFT } from "./styles";

const QUADRANT_FILL = { quick_wins: "#e0e7ff", major_projects: "#f1f5f9", fill_ins: "#f8fafc", thankless: "#ffffff" } as const;

/** An absolutely placed label; `anchor` says which point of the text sits at (x, y). */
function Label({ x, y, text, anchor = "start", size = 7, bold = false, colour = INK, width = 120 }: {
  x: number; y: number; text: string; anchor?: "start" | "middle" | "end"; size?: number; bold?: boolean; colour?: string; width?: number;
}) {
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return (
    <Txt style={{ position: "absolute", left, top: y - size * 0.62, width, fontSize: size, lineHeight: 1.2, color: colour, textAlign: anchor === "start" ? "left" : anchor === "end" ? "right" : "center", fontFamily: bold ? "Helvetica-Bold" : "Helvetica" }}>
      {text}
    </Txt>
  );
}

export function MatrixChart({ bubbles, width, height, t, format }: {
  bubbles: TFleetBubble[]; width: number; height: number; t: TReportT; format: TReportFormat;
}) {
  const plot: TBox = { left: 40, top: 6, width: width - 48, height: height - 36 };
  const scale = matrixScale(plot);
  const maxOpen = Math.max(0, ...bubbles.map((bubble) => bubble.openFindings));
  const rects = quadrantRects();
  return (
    <View style={{ width, height, position: "relative" }}>
      <Svg width={width} height={height}>
        {rects.map((rect) => (
          <Rect key={rect.quadrant} x={scale.x(rect.x1)} y={scale.y(rect.y2)} width={scale.x(rect.x2) - scale.x(rect.x1)} height={scale.y(rect.y1) - scale.y(rect.y2)} fill={QUADRANT_FILL[rect.quadrant]} stroke={RULE} strokeWidth={0.6} />
        ))}
        {[1, 2, 3, 4, 5].map((tick) => (
          <Line key={`gx${tick}`} x1={scale.x(tick)} x2={scale.x(tick)} y1={plot.top + plot.height} y2={plot.top + plot.height + 3} stroke={MUTED} strokeWidth={0.6} />
        ))}
        {[1, 2, 3, 4, 5].map((tick) => (
          <Line key={`gy${tick}`} x1={plot.left - 3} x2={plot.left} y1={scale.y(tick)} y2={scale.y(tick)} stroke={MUTED} strokeWidth={0.6} />
        ))}
        {bubbles.map((bubble) => {
          const band = complianceBand(bubble.compliance);
          return (
            <Circle key={bubble.quickWin} cx={scale.x(bubble.complexity + bubble.dx)} cy={scale.y(bubble.gain - bubble.dy)} r={bubbleRadius(bubble.openFindings, maxOpen)}
              fill={BAND_COLOURS[band]} fillOpacity={0.92} stroke="#ffffff" strokeWidth={1} />
          );
        })}
      </Svg>
      {rects.map((rect) => {
        // In the quadrant's outer corner, away from the centre where the bubbles gather.
        const left = rect.x1 <= 0.5;
        const top = rect.y2 >= 5.5;
        return (
          <Label key={rect.quadrant} x={left ? scale.x(rect.x1) + 4 : scale.x(rect.x2) - 4} y={top ? scale.y(rect.y2) + 7 : scale.y(rect.y1) - 7}
            text={t(`quadrant.${rect.quadrant}`)} anchor={left ? "start" : "end"} bold size={7.5} colour={BRAND} />
        );
      })}
      {[1, 2, 3, 4, 5].map((tick) => <Label key={`lx${tick}`} x={scale.x(tick)} y={plot.top + plot.height + 9} text={String(tick)} anchor="middle" width={20} colour={MUTED} />)}
      {[1, 2, 3, 4, 5].map((tick) => <Label key={`ly${tick}`} x={plot.left - 6} y={scale.y(tick)} text={String(tick)} anchor="end" width={20} colour={MUTED} />)}
      <Label x={plot.left + plot.width / 2} y={height - 6} text={`${t("charts.complexity")} (1 = ${t("charts.low")}, 5 = ${t("charts.high")})`} anchor="middle" width={300} size={7.5} colour={MUTED} />
      <View style={{ position: "absolute", left: -plot.height / 2 + 8, top: plot.top + plot.height / 2 - 5, width: plot.height, transform: "rotate(-90deg)" }}>
        <Txt style={{ fontSize: 7.5, color: MUTED, textAlign: "center" }}>{`${t("charts.gain")} (1 = ${t("charts.low")}, 5 = ${t("charts.high")})`}</Txt>
      </View>
      {bubbles.map((bubble) => {
        const cx = scale.x(bubble.complexity + bubble.dx);
        const cy = scale.y(bubble.gain - bubble.dy);
        const r = bubbleRadius(bubble.openFindings, maxOpen);
        const side = labelSide(bubble);
        const text = `${bubble.quickWin} ${bubble.compliance === null ? "–" : format.percent(bubble.compliance)}`;
        const place = side === "right" ? { x: cx + r + 2, y: cy, anchor: "start" as const }
          : side === "left" ? { x: cx - r - 2, y: cy, anchor: "end" as const }
          : side === "above" ? { x: cx, y: cy - r - 5, anchor: "middle" as const }
          : { x: cx, y: cy + r + 5, anchor: "middle" as const };
        return <Label key={bubble.quickWin} x={place.x} y={place.y} text={text} anchor={place.anchor} width={60} bold size={7} />;
      })}
    </View>
  );
}

/** The compliance colours, best first, with their ranges (grade thresholds). */
export function BandLegend({ t }: { t: TReportT }) {
  const items = GRADE_FLOORS.map(({ grade, floor }, index) => {
    const ceiling = index === 0 ? null : GRADE_FLOORS[index - 1]!.floor;
    const label = floor === null ? t("charts.bandBelow", { ceiling: ceiling ?? 0 }) : ceiling === null ? t("charts.bandFrom", { floor }) : t("charts.bandRange", { floor, ceiling: ceiling - 1 });
    return { key: grade, colour: BAND_COLOURS[grade], label };
  });
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", alignItems: "center", marginTop: 4 }}>
      <Txt style={{ fontSize: 7.5, fontFamily: "Helvetica-Bold", marginRight: 6 }}>{t("charts.legend")}</Txt>
      {[...items, { key: "none", colour: BAND_COLOURS.none, label: t("charts.bandNone") }].map((item) => (
        <View key={item.key} style={{ flexDirection: "row", alignItems: "center", marginRight: 8 }}>
          <View style={{ width: 8, height: 8, borderRadius: 4, backgroundColor: item.colour, marginRight: 3 }} />
          <Txt style={{ fontSize: 7.5 }}>{item.label}</Txt>
        </View>
      ))}
    </View>
  );
}

const polyline = (points: { x: number; y: number }[]) => points.map((point) => `${point.x.toFixed(2)},${point.y.toFixed(2)}`).join(" ");

export function TrendChart({ vertices, background = [], from, to, width, height, format, compact = false }: {
  vertices: TTrendVertex[]; background?: TTrendVertex[][]; from: Date; to: Date; width: number; height: number; format: TReportFormat; compact?: boolean;
}) {
  // Room on the left for the axis values, on the right for the grade letters of the dashed floors.
  const plot: TBox = { left: compact ? 22 : 30, top: 6, width: width - (compact ? 34 : 46), height: height - (compact ? 18 : 22) };
  const domain = postureDomain([...vertices, ...background.flat()].map((vertex) => vertex.posture));
  const points = trendPoints(vertices, plot, from, to, domain);
  const yOf = (value: number) => plot.top + (1 - (value - domain[0]) / (domain[1] - domain[0])) * plot.height;
  const floors = GRADE_FLOORS.filter((band) => band.floor !== null && band.floor > domain[0] && band.floor < domain[1]);
  return (
    <View style={{ width, height, position: "relative" }}>
      <Svg width={width} height={height}>
        <Rect x={plot.left} y={plot.top} width={plot.width} height={plot.height} fill={SOFT} />
        {floors.map((band) => (
          <Line key={band.grade} x1={plot.left} x2={plot.left + plot.width} y1={yOf(band.floor!)} y2={yOf(band.floor!)} stroke={RULE} strokeWidth={0.6} strokeDasharray="2 2" />
        ))}
        {background.map((line, index) => (line.length > 1
          ? <Polyline key={`bg${index}`} points={polyline(trendPoints(line, plot, from, to, domain))} fill="none" stroke="#94a3b8" strokeWidth={0.6} strokeOpacity={0.7} />
          : null))}
        {points.length > 1 ? <Polyline points={polyline(points)} fill="none" stroke={BRAND} strokeWidth={compact ? 1.2 : 1.6} strokeLinejoin="round" /> : null}
        {points.length <= 40 ? points.map((point, index) => <Circle key={index} cx={point.x} cy={point.y} r={compact ? 1.6 : 2.2} fill={BRAND} />) : null}
      </Svg>
      {[domain[0], domain[1]].map((value) => <Txt key={value} style={{ position: "absolute", left: 0, top: yOf(value) - 4, width: plot.left - 4, textAlign: "right", fontSize: 6.5, color: MUTED }}>{format.integer(value)}</Txt>)}
      {floors.map((band) => <Txt key={band.grade} style={{ position: "absolute", left: plot.left + plot.width + 3, top: yOf(band.floor!) - 8, width: 10, fontSize: 6.5, color: MUTED }}>{band.grade}</Txt>)}
      <Txt style={{ position: "absolute", left: plot.left, top: plot.top + plot.height + 3, width: 120, fontSize: 6.5, color: MUTED }}>{format.date(from)}</Txt>
      <Txt style={{ position: "absolute", left: plot.left + plot.width - 120, top: plot.top + plot.height + 3, width: 120, textAlign: "right", fontSize: 6.5, color: MUTED }}>{format.date(to)}</Txt>
    </View>
  );
}

/**
 * Rows of "label | bar | value" with few nodes: the labels are one text of lines, the values
 * another, the bars one drawing; all three share the line height, so the rows line up.
 */
export function ComplianceBlock({ rows, labelWidth, barWidth, lineHeight = 11 }: {
  rows: { label: string; compliance: number | null; value: string }[]; labelWidth: number; barWidth: number; lineHeight?: number;
}) {
  const fontSize = 7.5;
  const text = { fontSize, lineHeight: lineHeight / fontSize };
  const barHeight = 7;
  return (
    <View style={{ flexDirection: "row" }}>
      <Txt style={[text, { width: labelWidth, paddingRight: 4, maxLines: rows.length }]}>{rows.map((row) => row.label).join("\n")}</Txt>
      <Svg width={barWidth} height={rows.length * lineHeight}>
        {rows.map((row, index) => {
          const y = index * lineHeight + (lineHeight - barHeight) / 2;
          return (
            <G key={index}>
              <Rect x={0} y={y} width={barWidth} height={barHeight} fill={SOFT} stroke={RULE} strokeWidth={0.4} />
              {row.compliance !== null ? <Rect x={0} y={y} width={Math.max(0.5, row.compliance * barWidth)} height={barHeight} fill={BAND_COLOURS[complianceBand(row.compliance)]} /> : null}
            </G>
          );
        })}
      </Svg>
      <Txt style={[text, { marginLeft: 4, fontFamily: "Helvetica-Bold" }]}>{rows.map((row) => row.value).join("\n")}</Txt>
    </View>
  );
}

/** New against resolved findings, two labelled bars on one scale. */
export function NewResolvedBars({ created, resolved, width, newLabel, resolvedLabel, format }: {
  created: number; resolved: number; width: number; newLabel: string; resolvedLabel: string; format: TReportFormat;
}) {
  const max = Math.max(1, created, resolved);
  const bar = (value: number, colour: string, label: string) => (
    <View style={{ marginBottom: 3 }}>
      <Txt style={{ fontSize: 7.5, color: MUTED }}>{label}</Txt>
      <View style={{ flexDirection: "row", alignItems: "center" }}>
        <View style={{ width: Math.max(1, (value / max) * (width - 40)), height: 7, backgroundColor: colour }} />
        <Txt style={{ marginLeft: 4, fontSize: 8, fontFamily: "Helvetica-Bold" }}>{format.integer(value)}</Txt>
      </View>
    </View>
  );
  return (
    <View>
      {bar(created, NEW_COLOUR, newLabel)}
      {bar(resolved, RESOLVED_COLOUR, resolvedLabel)}
    </View>
  );
}
