// Placement on the complexity × gain matrix. x = complexity 1–5 (low left), y = gain 1–5
// (high top). A quadrant label needs a clear side: complexity ≤ 2 is "low", gain ≥ 4 is "high";
// the middle value 3 counts as neither low complexity nor high gain, so a quick win is only
// called one when it is plainly cheap and plainly useful.
import { QUICK_WIN_IDS, type TQuickWinId, type TRating } from "./quick-wins";

export type TQuadrant = "quick_wins" | "major_projects" | "fill_ins" | "thankless";

export interface TMatrixPoint {
  quickWin: TQuickWinId;
  complexity: number;
  gain: number;
  quadrant: TQuadrant;
  /** Offset inside the cell (in cell units, −0.5…0.5) so quick wins sharing a cell stay readable. */
  dx: number;
  dy: number;
}

export function quadrantOf(rating: TRating): TQuadrant {
  const lowComplexity = rating.complexity <= 2;
  const highGain = rating.gain >= 4;
  if (highGain) return lowComplexity ? "quick_wins" : "major_projects";
  return lowComplexity ? "fill_ins" : "thankless";
}

const SPREAD_RADIUS = 0.3;

export function matrixPoints(ratings: Record<TQuickWinId, TRating>, ids: readonly TQuickWinId[] = QUICK_WIN_IDS): TMatrixPoint[] {
  const byCell = new Map<string, TQuickWinId[]>();
  for (const id of ids) {
    const key = `${ratings[id].complexity}:${ratings[id].gain}`;
    byCell.set(key, [...(byCell.get(key) ?? []), id]);
  }
  return ids.map((id) => {
    const rating = ratings[id];
    const mates = byCell.get(`${rating.complexity}:${rating.gain}`)!;
    const index = mates.indexOf(id);
    // Alone: centred. Shared: evenly around a small circle, first one at the top.
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / mates.length;
    const radius = mates.length > 1 ? SPREAD_RADIUS : 0;
    return {
      quickWin: id,
      complexity: rating.complexity,
      gain: rating.gain,
      quadrant: quadrantOf(rating),
      dx: Number((radius * Math.cos(angle)).toFixed(4)),
      dy: Number((radius * Math.sin(angle)).toFixed(4)),
    };
  });
}
