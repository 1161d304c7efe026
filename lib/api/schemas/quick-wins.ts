import { z } from "zod";
import { ZQuickWinId, ZScanRef, ZSeverity } from "./common";

/** One check of a quick win over the whole cluster, as of now (exceptions apply immediately). */
export const ZQuickWinCheck = z.object({
  checkId: z.string(),
  title: z.string(),
  severity: ZSeverity,
  cis: z.string().nullable(),
  pss: z.object({ level: z.enum(["baseline", "restricted"]), control: z.string() }).nullable(),
  pass: z.number().int(),
  fail: z.number().int(),
  waived: z.number().int(),
  notAssessable: z.number().int(),
});

export const ZQuickWinChecks = z.object({
  quickWin: ZQuickWinId,
  /** The current scan (newest succeeded or partial); null before the first good scan. */
  scan: ZScanRef.nullable(),
  /** Every registered check of the quick win, highest severity first; counts are 0 before a scan. */
  checks: z.array(ZQuickWinCheck),
});

export type TQuickWinChecks = z.infer<typeof ZQuickWinChecks>;
