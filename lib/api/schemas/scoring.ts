// Matrix, priority list, namespaces and trends: every number here comes from lib/scoring over
// scan_aggregates (see lib/db/queries/tallies.ts), so the dashboard, the PDF and the API agree.
import { z } from "zod";
import { perQuickWin, ZDateInput, ZDateTime, ZGrade, ZId, ZQuickWinId, ZRatingsMode, ZScanRef, ZScanStatus } from "./common";

export const ZRatingsUsed = z.object({
  mode: ZRatingsMode,
  /** The ratings version the numbers were computed with. */
  versionId: z.number().int(),
});

/** How exceptions created or ended after the scan changed its numbers (they apply immediately). */
export const ZExceptionEffect = z.object({
  /** Findings recorded open that an exception in force today waives. */
  nowWaived: z.number().int(),
  /** Findings recorded waived by an exception that has since expired or been revoked. */
  noLongerWaived: z.number().int(),
});

export const ZMatrixQuery = z.object({ ratings: ZRatingsMode.default("current") });

export const ZMatrixQuickWin = z.object({
  quickWin: ZQuickWinId,
  complexity: z.number().int(),
  gain: z.number().int(),
  /** Score = 2 × gain − complexity. */
  score: z.number().int(),
  quadrant: z.enum(["quick_wins", "major_projects", "fill_ins", "thankless"]),
  /** Offset inside the cell (cell units, −0.5…0.5) so quick wins sharing a cell stay readable. */
  dx: z.number(),
  dy: z.number(),
  /** 0…1; null when nothing of this quick win could be assessed. */
  compliance: z.number().nullable(),
  openFindings: z.number().int(),
  weightedOpen: z.number().int(),
  waived: z.number().int(),
  notAssessable: z.number().int(),
});

export const ZPriorityItem = z.object({
  quickWin: ZQuickWinId,
  score: z.number().int(),
  complexity: z.number().int(),
  gain: z.number().int(),
  compliance: z.number(),
  weightedOpen: z.number().int(),
  openFindings: z.number().int(),
});

export const ZMatrix = z.object({
  clusterId: ZId,
  /** The current scan (newest succeeded or partial); null before the first good scan. */
  scan: ZScanRef.nullable(),
  ratings: ZRatingsUsed,
  postureScore: z.number().nullable(),
  grade: ZGrade.nullable(),
  exceptions: ZExceptionEffect,
  quickWins: z.array(ZMatrixQuickWin),
  /** "Do next": not fully compliant quick wins by score, then weighted open findings. */
  priority: z.array(ZPriorityItem),
});

export const ZNamespaceCell = z.object({
  compliance: z.number().nullable(),
  openFindings: z.number().int(),
  weightedOpen: z.number().int(),
  notAssessable: z.number().int(),
});

export const ZNamespaces = z.object({
  clusterId: ZId,
  scan: ZScanRef.nullable(),
  ratings: ZRatingsUsed,
  exceptions: ZExceptionEffect,
  namespaces: z.array(z.object({
    namespace: z.string(),
    /** Gain-weighted posture of the namespace's own evaluations (null: nothing assessable). */
    postureScore: z.number().nullable(),
    grade: ZGrade.nullable(),
    openFindings: z.number().int(),
    quickWins: perQuickWin(ZNamespaceCell),
  })),
});

export const ZTrendsQuery = z.object({
  /** Default: 90 days before `to`. */
  from: ZDateInput.optional(),
  /** Default: now. */
  to: ZDateInput.optional(),
  /** recorded: each scan as scored with its own ratings version; current: re-scored with today's ratings. */
  rescore: ZRatingsMode.default("recorded"),
});

export const ZTrendPoint = z.object({
  scanId: ZId,
  status: ZScanStatus,
  finishedAt: ZDateTime,
  postureScore: z.number().nullable(),
  grade: ZGrade.nullable(),
  ratingsVersionId: z.number().int(),
  compliance: perQuickWin(z.number().nullable()),
  openFindings: z.number().int(),
  new: z.number().int(),
  resolved: z.number().int(),
});

export const ZTrends = z.object({
  clusterId: ZId,
  from: ZDateTime,
  to: ZDateTime,
  rescore: ZRatingsMode,
  /** The ratings versions the posture numbers use (one with rescore=current). */
  ratingsVersionIds: z.array(z.number().int()),
  currentRatingsVersionId: z.number().int(),
  /** Succeeded and partial scans finished in [from, to], oldest first. Failed scans are not points. */
  points: z.array(ZTrendPoint),
});

export type TMatrix = z.infer<typeof ZMatrix>;
export type TNamespaces = z.infer<typeof ZNamespaces>;
export type TTrends = z.infer<typeof ZTrends>;
export type TTrendsQuery = z.infer<typeof ZTrendsQuery>;
export type TExceptionEffect = z.infer<typeof ZExceptionEffect>;
export type TScanRefOrNull = z.infer<typeof ZScanRef> | null;
