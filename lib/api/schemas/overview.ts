import { z } from "zod";
import { ZDateTime, ZEnvironment, ZGrade, ZId, ZScanRef, ZScanStatus } from "./common";
import { ZExceptionEffect } from "./scoring";

export const ZOverviewCluster = z.object({
  id: ZId,
  name: z.string(),
  environment: ZEnvironment,
  /** Now: the current scan with today's ratings and the exceptions in force (as /matrix). */
  postureScore: z.number().nullable(),
  grade: ZGrade.nullable(),
  /** Posture now minus posture of the newest good scan finished at least 7 (30) days ago, re-scored with today's ratings. */
  change7d: z.number().nullable(),
  change30d: z.number().nullable(),
  /** The last (up to) 30 good scans, oldest first, re-scored with today's ratings (as /trends?rescore=current). */
  sparkline: z.array(z.object({ at: ZDateTime, postureScore: z.number().nullable() })),
  openCritical: z.number().int(),
  openHigh: z.number().int(),
  exceptions: ZExceptionEffect,
  currentScan: ZScanRef.nullable(),
  /** The newest scan of any status (a failed or running one shows here, not in the numbers). */
  lastScan: z.object({ id: ZId, status: ZScanStatus, at: ZDateTime, ageSeconds: z.number().int(), error: z.string().nullable() }).nullable(),
  nextScanAt: ZDateTime.nullable(),
});

export const ZOverview = z.object({
  generatedAt: ZDateTime,
  ratingsVersionId: z.number().int(),
  clusters: z.array(ZOverviewCluster),
  totals: z.object({
    clusters: z.number().int(),
    /** Clusters with at least one good scan. */
    scanned: z.number().int(),
    openCritical: z.number().int(),
    openHigh: z.number().int(),
    /** Mean posture of the scanned clusters with a score. */
    meanPosture: z.number().nullable(),
    byGrade: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int(), D: z.number().int(), F: z.number().int(), none: z.number().int() }),
    lastScanFailed: z.number().int(),
    lastScanPartial: z.number().int(),
  }),
});

export type TOverview = z.infer<typeof ZOverview>;
export type TOverviewCluster = z.infer<typeof ZOverviewCluster>;
