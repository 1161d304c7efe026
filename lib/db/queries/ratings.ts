import "server-only";
import type { TRatingsVersionJson } from "../../api/schemas/ratings";
import { priorityScore, QUICK_WIN_IDS } from "../../scoring/quick-wins";
import { currentRatings, ratingsHistory, type TRatingsVersion } from "../ratings";

export function ratingsVersionJson(version: TRatingsVersion): TRatingsVersionJson {
  const ratings = Object.fromEntries(QUICK_WIN_IDS.map((id) => {
    const rating = version.ratings[id];
    return [id, { complexity: rating.complexity, gain: rating.gain, score: priorityScore(rating) }];
  })) as TRatingsVersionJson["ratings"];
  return { id: version.id, author: version.author, reason: version.reason, createdAt: version.createdAt, ratings };
}

/** The ratings in force and every version, newest first. */
export async function ratingsWithHistory() {
  const current = await currentRatings();
  const history = await ratingsHistory();
  return { current: ratingsVersionJson(current), history: history.map(ratingsVersionJson) };
}
