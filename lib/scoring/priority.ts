// "Do next": the quick wins that are not fully compliant, by Score = 2 × gain − complexity
// (desc), then by weighted open findings (desc), then by id for a stable order.
import { QUICK_WIN_IDS, priorityScore, type TQuickWinId, type TRating } from "./quick-wins";
import { compliance } from "./posture";
import type { TQuickWinTally } from "./tally";

export interface TPriorityItem {
  quickWin: TQuickWinId;
  score: number;
  complexity: number;
  gain: number;
  compliance: number;
  weightedOpen: number;
  openFindings: number;
}

export function priorityList(tallies: Record<TQuickWinId, TQuickWinTally>, ratings: Record<TQuickWinId, TRating>): TPriorityItem[] {
  const items: TPriorityItem[] = [];
  for (const id of QUICK_WIN_IDS) {
    const value = compliance(tallies[id]);
    if (value === null || value >= 1) continue;
    items.push({
      quickWin: id,
      score: priorityScore(ratings[id]),
      complexity: ratings[id].complexity,
      gain: ratings[id].gain,
      compliance: value,
      weightedOpen: tallies[id].weighted.fail,
      openFindings: tallies[id].counts.fail,
    });
  }
  return items.sort((a, b) => b.score - a.score || b.weightedOpen - a.weightedOpen || a.quickWin.localeCompare(b.quickWin));
}
