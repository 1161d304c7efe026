import { z } from "zod";
import { MAX_REGISTRATION_BODY_BYTES } from "../../clusters/limits";
import { ZCheckTextsQuery, ZCursor, ZDateTime, ZId, ZLimit, ZGrade, ZScanStatus } from "./common";
import { ZFinding } from "./findings";

export const ZScanListQuery = z.object({
  clusterId: ZId.optional(),
  status: ZScanStatus.optional(),
  cursor: ZCursor,
  limit: ZLimit,
});

export const ZScanListItem = z.object({
  id: ZId,
  clusterId: ZId,
  status: ZScanStatus,
  /** Pipeline phase (collect, evaluate, score, persist, done) and its progress 0–100. */
  phase: z.string().nullable(),
  progress: z.number().int(),
  queuedAt: ZDateTime,
  startedAt: ZDateTime.nullable(),
  finishedAt: ZDateTime.nullable(),
  durationMs: z.number().int().nullable(),
  /** As recorded by the scan, with the ratings version it used. */
  postureScore: z.number().nullable(),
  grade: ZGrade.nullable(),
  counts: z.object({ open: z.number().int(), waived: z.number().int(), new: z.number().int(), resolved: z.number().int() }),
  demo: z.boolean(),
});

/** Newest first. */
export const ZScanList = z.object({ items: z.array(ZScanListItem), nextCursor: z.string().nullable() });

export const ZScanGap = z.object({
  kind: z.enum(["resource", "check"]),
  name: z.string(),
  reason: z.string(),
  count: z.number().int().optional(),
});

export const ZScanDetail = ZScanListItem.extend({
  error: z.string().nullable(),
  coverageGaps: z.array(ZScanGap),
  ratingsVersionId: z.number().int().nullable(),
  /** The previous good scan this one was compared with. */
  previousScanId: ZId.nullable(),
  evaluations: z.number().int(),
  objectCounts: z.record(z.string(), z.number()),
  /** True when this is the cluster's current scan (its newest succeeded or partial one). */
  isCurrent: z.boolean(),
});

export const ZScanDiffQuery = z.object({
  kind: z.enum(["new", "resolved"]).default("new"),
  cursor: ZCursor,
  limit: ZLimit,
}).extend(ZCheckTextsQuery.shape);

/**
 * New findings (in this scan, not in the previous good one) or resolved ones (in the previous,
 * not in this one), by fingerprint. Resolved items are the previous scan's rows.
 */
export const ZScanDiff = z.object({
  scanId: ZId,
  previousScanId: ZId.nullable(),
  kind: z.enum(["new", "resolved"]),
  counts: z.object({ new: z.number().int(), resolved: z.number().int() }),
  /** False when the finding rows of either scan were pruned by retention: counts stay, items cannot be listed. */
  findingsAvailable: z.boolean(),
  items: z.array(ZFinding),
  nextCursor: z.string().nullable(),
});

export const ZTriggerScanResponse = z.object({
  scanId: ZId,
  /** True when a scan of this cluster was already queued or running and this request joined it. */
  joined: z.boolean(),
});

export type TScanListQuery = z.infer<typeof ZScanListQuery>;
export type TScanListItem = z.infer<typeof ZScanListItem>;
export type TScanList = z.infer<typeof ZScanList>;
export type TScanDetail = z.infer<typeof ZScanDetail>;
export type TScanDiff = z.infer<typeof ZScanDiff>;

/** An upload to a "manifests" cluster: YAML or JSON, one or many documents (at most 5 MiB). */
export const ZManifestUploadBody = z.strictObject({
  manifests: z.string().min(1, "The bundle is empty.").max(MAX_REGISTRATION_BODY_BYTES),
});
