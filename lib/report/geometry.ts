// Where things go on the PDF's charts, in points. Pure. The matrix follows the dashboard's rules
// (components/matrix/matrix-geometry.ts): half a cell of margin, quadrants from lib/scoring's
// quadrantOf, spread offsets subtracted from the gain (screen orientation), bubble AREA
// proportional to open findings.
import { quadrantOf, type TQuadrant } from "../scoring/matrix";

export interface TBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const TICKS = [1, 2, 3, 4, 5];

/** Data (complexity, gain) → points inside `plot`, domain 0.5…5.5 on both axes. */
export function matrixScale(plot: TBox) {
  return {
    x: (complexity: number) => plot.left + ((complexity - 0.5) / 5) * plot.width,
    y: (gain: number) => plot.top + ((5.5 - gain) / 5) * plot.height,
  };
}

export function quadrantRects(): { quadrant: TQuadrant; x1: number; x2: number; y1: number; y2: number }[] {
  const quadrants: TQuadrant[] = ["quick_wins", "major_projects", "fill_ins", "thankless"];
  return quadrants.map((quadrant) => {
    const cells = TICKS.flatMap((complexity) => TICKS.map((gain) => ({ complexity, gain }))).filter((cell) => quadrantOf(cell) === quadrant);
    const xs = cells.map((cell) => cell.complexity);
    const ys = cells.map((cell) => cell.gain);
    return { quadrant, x1: Math.min(...xs) - 0.5, x2: Math.max(...xs) + 0.5, y1: Math.min(...ys) - 0.5, y2: Math.max(...ys) + 0.5 };
  });
}

export const MIN_RADIUS = 6;
export const MAX_RADIUS = 17;

export function bubbleRadius(openFindings: number, maxOpenFindings: number): number {
  if (maxOpenFindings <= 0 || openFindings <= 0) return MIN_RADIUS;
  const share = Math.min(1, openFindings / maxOpenFindings);
  return Math.sqrt(MIN_RADIUS ** 2 + (MAX_RADIUS ** 2 - MIN_RADIUS ** 2) * share);
}

/** Labels go outward, away from the mates sharing the cell (the dashboard's rule). */
export function labelSide(offset: { dx: number; dy: number }): "right" | "left" | "above" | "below" {
  const length = Math.hypot(offset.dx, offset.dy);
  const cos = length === 0 ? 1 : offset.dx / length;
  const sin = length === 0 ? 0 : offset.dy / length;
  if (cos > 0.35) return "right";
  if (cos < -0.35) return "left";
  return sin < 0 ? "above" : "below";
}

/** A posture axis that shows the movement: 10-point steps around the data, within 0…100. */
export function postureDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 100];
  const low = Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...values) + 5) / 10) * 10);
  return high - low < 20 ? [Math.max(0, high - 20), Math.max(high, 20)] : [low, high];
}

/** Points of a polyline for `vertices` inside `plot` (time on x over [from, to], posture on y over `domain`). */
export function trendPoints(vertices: readonly { at: Date; posture: number }[], plot: TBox, from: Date, to: Date, domain: [number, number]): { x: number; y: number }[] {
  const span = Math.max(1, to.getTime() - from.getTime());
  return vertices.map((vertex) => ({
    x: plot.left + Math.min(1, Math.max(0, (vertex.at.getTime() - from.getTime()) / span)) * plot.width,
    y: plot.top + (1 - (vertex.posture - domain[0]) / (domain[1] - domain[0])) * plot.height,
  }));
}
