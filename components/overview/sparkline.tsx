import { useFormatter, useTranslations } from "next-intl";
import type { TOverviewCluster } from "@/lib/api/schemas/overview";

const WIDTH = 100;
const HEIGHT = 28;
const PAD = 3;

/**
 * The posture of the last scans as a small line, drawn on the server (no chart library on the
 * overview). The y range follows the data with at least 10 points, so small moves stay visible
 * without turning noise into cliffs. A scan without a score breaks the line.
 */
export function Sparkline({ points, clusterName }: { points: TOverviewCluster["sparkline"]; clusterName: string }) {
  // Synchronous, like PostureChange: one per fleet row, rendered inline instead of streamed apart.
  const t = useTranslations("overview.sparkline");
  const format = useFormatter();
  const scored = points.filter((point): point is { at: Date; postureScore: number } => point.postureScore !== null);
  if (scored.length < 2) return <span className="text-xs text-slate-600 dark:text-slate-400">{t("notEnough")}</span>;

  const values = scored.map((point) => point.postureScore);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (max - min < 10) {
    const mid = (max + min) / 2;
    min = Math.max(0, mid - 5);
    max = Math.min(100, min + 10);
    min = max - 10;
  }
  const x = (index: number) => PAD + (index * (WIDTH - 2 * PAD)) / Math.max(1, points.length - 1);
  const y = (value: number) => PAD + ((max - value) * (HEIGHT - 2 * PAD)) / (max - min);
  const segments: string[][] = [[]];
  points.forEach((point, index) => {
    if (point.postureScore === null) segments.push([]);
    else segments.at(-1)!.push(`${x(index).toFixed(1)},${y(point.postureScore).toFixed(1)}`);
  });
  const lastIndex = points.findLastIndex((point) => point.postureScore !== null);
  const first = values[0]!;
  const last = values.at(-1)!;
  const label = t("label", {
    name: clusterName,
    count: scored.length,
    first: format.number(first, { maximumFractionDigits: 1 }),
    last: format.number(last, { maximumFractionDigits: 1 }),
    min: format.number(Math.min(...values), { maximumFractionDigits: 1 }),
    max: format.number(Math.max(...values), { maximumFractionDigits: 1 }),
  });
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} className="overflow-visible text-brand-600 dark:text-sky-400">
      <title>{label}</title>
      {segments.filter((segment) => segment.length > 0).map((segment, index) =>
        segment.length === 1 ? (
          <circle key={index} cx={segment[0]!.split(",")[0]} cy={segment[0]!.split(",")[1]} r="1.5" fill="currentColor" />
        ) : (
          <polyline key={index} points={segment.join(" ")} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinejoin="round" strokeLinecap="round" />
        ),
      )}
      <circle cx={x(lastIndex)} cy={y(last)} r="2.5" fill="currentColor" />
    </svg>
  );
}
