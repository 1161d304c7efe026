// Geometry of the prioritization matrix, in data units: x = complexity 1–5 (low left), y = gain
// 1–5 (high top). Pure, so the chart, the ratings preview and the tests share one definition.
import { quadrantOf, type TQuadrant } from "@/lib/scoring/matrix";

/** Half a cell of margin on every side, so bubbles on the edge cells stay whole. */
export const AXIS_DOMAIN: [number, number] = [0.5, 5.5];
export const AXIS_TICKS = [1, 2, 3, 4, 5] as const;
export const QUADRANTS: readonly TQuadrant[] = ["quick_wins", "major_projects", "fill_ins", "thankless"];

export interface TArea {
  quadrant: TQuadrant;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/**
 * The rectangle each quadrant covers, derived from lib/scoring quadrantOf over the 25 cells
 * (so the backgrounds can never disagree with the labels the API gives).
 */
export function quadrantAreas(): TArea[] {
  return QUADRANTS.map((quadrant) => {
    const cells = AXIS_TICKS.flatMap((complexity) => AXIS_TICKS.map((gain) => ({ complexity, gain })))
      .filter((cell) => quadrantOf(cell) === quadrant);
    const xs = cells.map((cell) => cell.complexity);
    const ys = cells.map((cell) => cell.gain);
    return { quadrant, x1: Math.min(...xs) - 0.5, x2: Math.max(...xs) + 0.5, y1: Math.min(...ys) - 0.5, y2: Math.max(...ys) + 0.5 };
  });
}

/**
 * Where a bubble sits. The server's spread offsets are in screen orientation (its first mate
 * sits "at the top" with dy < 0, see lib/scoring/matrix.ts), so dy is subtracted from the gain.
 */
export function bubbleCentre(point: { complexity: number; gain: number; dx: number; dy: number }): { x: number; y: number } {
  return { x: point.complexity + point.dx, y: point.gain - point.dy };
}

export const MIN_RADIUS = 7;
export const MAX_RADIUS = 22;

/**
 * Radius in pixels with the bubble's AREA proportional to its open findings, from MIN_RADIUS for
 * none (still visible) to MAX_RADIUS for the largest of the chart.
 */
export function bubbleRadius(openFindings: number, maxOpenFindings: number, maxRadius = MAX_RADIUS): number {
  const top = Math.max(MIN_RADIUS, maxRadius);
  if (maxOpenFindings <= 0 || openFindings <= 0) return MIN_RADIUS;
  const share = Math.min(1, openFindings / maxOpenFindings);
  return Math.sqrt(MIN_RADIUS ** 2 + (top ** 2 - MIN_RADIUS ** 2) * share);
}

/** The largest bubble for a cell of `cellPixels`: mates a third of a cell apart must not swallow each other. */
export function maxRadiusFor(cellPixels: number): number {
  return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, cellPixels * 0.24));
}

/** Below this cell width a label holds the quick win's id only (the percentage stays in the tooltip and the table). */
export const COMPACT_LABEL_CELL = 80;

export interface TLabelPlacement {
  /** Offset of the label's anchor from the bubble centre, in pixels (screen orientation). */
  dx: number;
  dy: number;
  textAnchor: "start" | "end";
}

/**
 * Labels go beside their bubble, on the side away from the mates sharing the cell: left of a
 * bubble placed left of the cell centre, right of any other (alone, right, top or bottom; mates
 * above and below each other are far enough apart for two lines of text). Never above or below,
 * where they would run into the next row or out of the plot. `gap` separates text and bubble.
 */
export function labelPlacement(offset: { dx: number; dy: number }, radius: number, gap = 4): TLabelPlacement {
  const length = Math.hypot(offset.dx, offset.dy);
  const cos = length === 0 ? 1 : offset.dx / length;
  const distance = radius + gap;
  // The baseline sits a third of a line below the centre so the text looks vertically centred.
  return cos < -0.35 ? { dx: -distance, dy: 4, textAnchor: "end" } : { dx: distance, dy: 4, textAnchor: "start" };
}
