// What the matrix and "do next" list would become with other ratings, computed in the browser
// while an admin edits them. Compliance and findings do not depend on the ratings (only placement,
// score, order and posture do), so a cluster's current matrix supplies them; the rules are
// lib/scoring's (priority.ts, posture.ts), checked against those functions in the tests.
import type { TMatrix } from "@/lib/api/schemas/scoring";
import { matrixPoints } from "@/lib/scoring/matrix";
import { priorityScore, QUICK_WIN_IDS, type TQuickWinId, type TRating } from "@/lib/scoring/quick-wins";

export type TMatrixBubble = TMatrix["quickWins"][number];
export type TPriorityEntry = TMatrix["priority"][number];
export type TObserved = Pick<TMatrixBubble, "compliance" | "openFindings" | "weightedOpen" | "waived" | "notAssessable">;

const NOTHING_OBSERVED: TObserved = { compliance: null, openFindings: 0, weightedOpen: 0, waived: 0, notAssessable: 0 };

/** The observed numbers of a matrix by quick win. */
export function observedOf(quickWins: readonly TMatrixBubble[]): Record<TQuickWinId, TObserved> {
  return Object.fromEntries(quickWins.map(({ quickWin, compliance, openFindings, weightedOpen, waived, notAssessable }) =>
    [quickWin, { compliance, openFindings, weightedOpen, waived, notAssessable }])) as Record<TQuickWinId, TObserved>;
}

export interface TMatrixPreview {
  quickWins: TMatrixBubble[];
  priority: TPriorityEntry[];
  postureScore: number | null;
}

export function previewMatrix(ratings: Record<TQuickWinId, TRating>, observed?: Record<TQuickWinId, TObserved> | null): TMatrixPreview {
  const quickWins = matrixPoints(ratings).map((point) => ({
    ...point,
    score: priorityScore(ratings[point.quickWin]),
    ...(observed?.[point.quickWin] ?? NOTHING_OBSERVED),
  }));
  const priority = quickWins
    .filter((point) => point.compliance !== null && point.compliance < 1)
    .map((point) => ({
      quickWin: point.quickWin, score: point.score, complexity: point.complexity, gain: point.gain,
      compliance: point.compliance!, weightedOpen: point.weightedOpen, openFindings: point.openFindings,
    }))
    .sort((a, b) => b.score - a.score || b.weightedOpen - a.weightedOpen || a.quickWin.localeCompare(b.quickWin));
  let weighted = 0;
  let gains = 0;
  for (const point of quickWins) {
    if (point.compliance === null) continue;
    weighted += point.gain * point.compliance;
    gains += point.gain;
  }
  return { quickWins, priority, postureScore: gains === 0 ? null : (100 * weighted) / gains };
}

/**
 * The order bubbles are drawn and reached with Tab: the "do next" list first, in its order, then
 * the quick wins with nothing to do, by score (desc) then id.
 */
export function bubbleOrder(quickWins: readonly TMatrixBubble[], priority: readonly { quickWin: TQuickWinId }[]): TMatrixBubble[] {
  const rank = new Map(priority.map((item, index) => [item.quickWin, index]));
  return [...quickWins].sort((a, b) => {
    const ra = rank.get(a.quickWin) ?? Number.POSITIVE_INFINITY;
    const rb = rank.get(b.quickWin) ?? Number.POSITIVE_INFINITY;
    if (ra !== rb) return ra - rb;
    return b.score - a.score || QUICK_WIN_IDS.indexOf(a.quickWin) - QUICK_WIN_IDS.indexOf(b.quickWin);
  });
}
