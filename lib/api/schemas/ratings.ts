import { z } from "zod";
import { perQuickWin, ZDateTime } from "./common";

export const ZRating = z.object({
  complexity: z.number().int().min(1).max(5),
  gain: z.number().int().min(1).max(5),
});

export const ZRatingsBody = z.object({
  ratings: perQuickWin(ZRating).strict(),
  reason: z.string().trim().min(1, "Say why the ratings change.").max(2_000),
});

export const ZRatingsVersion = z.object({
  id: z.number().int(),
  author: z.string(),
  reason: z.string(),
  createdAt: ZDateTime,
  /** With the derived Score = 2 × gain − complexity. */
  ratings: perQuickWin(ZRating.extend({ score: z.number().int() })),
});

export const ZRatings = z.object({
  current: ZRatingsVersion,
  /** Every version, newest first (the current one included). */
  history: z.array(ZRatingsVersion),
});

export type TRatingsBody = z.infer<typeof ZRatingsBody>;
export type TRatingsVersionJson = z.infer<typeof ZRatingsVersion>;
