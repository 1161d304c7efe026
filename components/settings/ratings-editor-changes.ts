// What a ratings version changed compared with the one before it, for the history table.
import { QUICK_WIN_IDS, type TQuickWinId, type TRating } from "@/lib/scoring/quick-wins";

export interface TRatingChange {
  quickWin: TQuickWinId;
  field: "complexity" | "gain";
  from: number;
  to: number;
}

export function ratingsChanges(before: Record<TQuickWinId, TRating>, after: Record<TQuickWinId, TRating>): TRatingChange[] {
  return QUICK_WIN_IDS.flatMap((quickWin) => (["complexity", "gain"] as const)
    .filter((field) => before[quickWin][field] !== after[quickWin][field])
    .map((field) => ({ quickWin, field, from: before[quickWin][field], to: after[quickWin][field] })));
}

/** Only the complexity and gain of each quick win (the API adds the derived score). */
export function plainRatings(ratings: Record<TQuickWinId, TRating>): Record<TQuickWinId, TRating> {
  return Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, { complexity: ratings[id].complexity, gain: ratings[id].gain }])) as Record<TQuickWinId, TRating>;
}
