import { z } from "zod";
import { ZCheckTextsQuery, ZCursor, ZDateTime, ZFindingStatus, ZId, ZLimit, ZQuickWinId, ZScanRef, ZScanStatus, ZSeverity } from "./common";

/**
 * A finding as the API shows it. `status` is the status now: exceptions apply immediately, so
 * a finding recorded open but covered by an exception in force today is "waived", and one
 * recorded waived by an exception since revoked or expired is "open" again. `recordedStatus`
 * is what the scan stored; `waivedBy` says why a finding is waived now.
 */
export const ZFinding = z.object({
  id: ZId,
  scanId: ZId,
  clusterId: ZId,
  fingerprint: z.string(),
  checkId: z.string(),
  quickWin: ZQuickWinId,
  severity: ZSeverity,
  namespace: z.string().nullable(),
  objectKind: z.string(),
  objectName: z.string(),
  container: z.string().nullable(),
  message: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  status: ZFindingStatus,
  recordedStatus: ZFindingStatus,
  waivedBy: z.discriminatedUnion("source", [
    z.object({ source: z.literal("exception"), exceptionId: ZId }),
    z.object({ source: z.literal("annotation") }),
  ]).nullable(),
  firstSeenAt: ZDateTime,
});

export const ZFindingsQuery = z.object({
  quickWin: ZQuickWinId.optional(),
  namespace: z.string().min(1).max(253).optional(),
  severity: ZSeverity.optional(),
  status: ZFindingStatus.optional(),
  check: z.string().min(1).max(100).optional(),
  cursor: ZCursor,
  limit: ZLimit,
}).extend(ZCheckTextsQuery.shape);

/** Findings of the cluster's current scan (the newest succeeded or partial one); scan null before any. */
export const ZFindingPage = z.object({
  scan: ZScanRef.nullable(),
  total: z.number().int(),
  items: z.array(ZFinding),
  nextCursor: z.string().nullable(),
});

/** The fix for this very object, ready to paste (lib/checks/render-remediation.ts). */
export const ZRenderedRemediation = z.object({
  type: z.enum(["patch", "create", "manual"]),
  /** YAML to save as fix.yaml (patch or new object). */
  yaml: z.string().optional(),
  /** The kubectl command that applies it (or the manual step's command). */
  command: z.string().optional(),
  steps: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export const ZFindingDetail = ZFinding.extend({
  /** null for findings stored before remediations were kept, or when the check gives none. */
  remediation: ZRenderedRemediation.nullable(),
  check: z.object({
    title: z.string(),
    why: z.string(),
    cis: z.string().nullable(),
    pss: z.object({ level: z.enum(["baseline", "restricted"]), control: z.string() }).nullable(),
  }).nullable(),
  history: z.object({
    firstSeenAt: ZDateTime,
    /** The cluster's current scan, and whether this fingerprint is in it (false: resolved since). */
    currentScanId: ZId.nullable(),
    inCurrentScan: z.boolean(),
    /** Every kept scan of the cluster where this fingerprint was found, oldest first (finding rows are pruned after the retention period). */
    scans: z.array(z.object({ scanId: ZId, findingId: ZId, scanStatus: ZScanStatus, finishedAt: ZDateTime.nullable(), status: ZFindingStatus })),
  }),
});

export type TFinding = z.infer<typeof ZFinding>;
export type TFindingsQuery = z.infer<typeof ZFindingsQuery>;
export type TFindingPage = z.infer<typeof ZFindingPage>;
export type TFindingDetail = z.infer<typeof ZFindingDetail>;
