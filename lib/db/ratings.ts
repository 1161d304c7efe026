import "server-only";
import { DEFAULT_RATINGS, QUICK_WIN_IDS, type TQuickWinId, type TRating } from "../scoring/quick-wins";
import { AppError } from "../errors";
import { db } from "./client";

export interface TRatingsVersion {
  id: number;
  author: string;
  reason: string;
  createdAt: Date;
  ratings: Record<TQuickWinId, TRating>;
}

function toVersion(row: { id: number; author: string; reason: string; createdAt: Date; ratings: { quickWin: TQuickWinId; complexity: number; gain: number }[] }): TRatingsVersion {
  const ratings = { ...DEFAULT_RATINGS };
  for (const rating of row.ratings) ratings[rating.quickWin] = { complexity: rating.complexity, gain: rating.gain };
  return { id: row.id, author: row.author, reason: row.reason, createdAt: row.createdAt, ratings };
}

/** The ratings in force: the newest version, creating version 1 (the defaults) on first use. */
export async function currentRatings(): Promise<TRatingsVersion> {
  const latest = await db().ratingsVersion.findFirst({ orderBy: { id: "desc" }, include: { ratings: true } });
  if (latest) return toVersion(latest);
  return saveRatings(DEFAULT_RATINGS, "ramparts", "Default ratings (PRODUCT.md)");
}

/** Appends a new version; earlier versions are never changed (history: who, when, why). */
export async function saveRatings(ratings: Record<TQuickWinId, TRating>, author: string, reason: string): Promise<TRatingsVersion> {
  if (!reason.trim()) throw new AppError("validation_failed", "ratingsReasonRequired");
  for (const id of QUICK_WIN_IDS) {
    const { complexity, gain } = ratings[id];
    if (![complexity, gain].every((value) => Number.isInteger(value) && value >= 1 && value <= 5)) {
      throw new AppError("validation_failed", "ratingsRange", { id });
    }
  }
  const created = await db().ratingsVersion.create({
    data: {
      author,
      reason: reason.trim(),
      ratings: { create: QUICK_WIN_IDS.map((quickWin) => ({ quickWin, ...ratings[quickWin] })) },
    },
    include: { ratings: true },
  });
  return toVersion(created);
}

export async function ratingsHistory(): Promise<TRatingsVersion[]> {
  const rows = await db().ratingsVersion.findMany({ orderBy: { id: "desc" }, include: { ratings: true } });
  return rows.map(toVersion);
}

export async function ratingsVersion(id: number): Promise<TRatingsVersion | null> {
  const row = await db().ratingsVersion.findUnique({ where: { id }, include: { ratings: true } });
  return row ? toVersion(row) : null;
}
