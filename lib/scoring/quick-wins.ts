// The nine quick wins of the article and their default ratings (PRODUCT.md). Names and
// explanations are in the message catalogues (quickWins.<id>), never here.
export const QUICK_WIN_IDS = ["QW1", "QW2", "QW3", "QW4", "QW5", "QW6", "QW7", "QW8", "QW9"] as const;
export type TQuickWinId = (typeof QUICK_WIN_IDS)[number];

export interface TRating {
  /** Effort to implement, 1 (easy) – 5 (hard). */
  complexity: number;
  /** Risk reduction, 1 (little) – 5 (large). */
  gain: number;
}

export const DEFAULT_RATINGS: Readonly<Record<TQuickWinId, TRating>> = {
  QW1: { complexity: 2, gain: 4 },
  QW2: { complexity: 2, gain: 4 },
  QW3: { complexity: 2, gain: 5 },
  QW4: { complexity: 1, gain: 3 },
  QW5: { complexity: 3, gain: 5 },
  QW6: { complexity: 2, gain: 3 },
  QW7: { complexity: 3, gain: 5 },
  QW8: { complexity: 3, gain: 4 },
  QW9: { complexity: 2, gain: 4 },
};

/** The article's formula: Score = 2 × gain − complexity (−3 … 9; higher = do first). */
export function priorityScore(rating: TRating): number {
  return 2 * rating.gain - rating.complexity;
}
