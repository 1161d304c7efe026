// Building blocks shared by the API schemas. Dates are Date objects inside the server and ISO
// 8601 strings on the wire (the OpenAPI generator documents them as date-time strings).
import { z } from "zod";
import { ERROR_STATUS, type TErrorCode } from "../../errors";
import { QUICK_WIN_IDS } from "../../scoring/quick-wins";
import { SEVERITIES } from "../../scoring/weights";

export const ZDateTime = z.coerce.date();
/** A date a client sends (query or body): ISO 8601 text of bounded length. */
export const ZDateInput = z.string().trim().max(64).pipe(z.coerce.date());
export const ZId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "Not an id.");
export const ZQuickWinId = z.enum(QUICK_WIN_IDS);
export const ZSeverity = z.enum(SEVERITIES);
export const ZScanStatus = z.enum(["queued", "running", "succeeded", "partial", "failed"]);
export const ZFindingStatus = z.enum(["open", "waived"]);
export const ZGrade = z.enum(["A", "B", "C", "D", "F"]);
export const ZEnvironment = z.enum(["production", "staging", "development", "other"]);

/** Opaque continuation token of a paginated list: pass `nextCursor` back as `cursor`. */
export const ZCursor = z.string().min(1).max(512).optional();
export const ZLimit = z.coerce.number().int().min(1).max(200).default(50);

/** Which ratings the numbers were computed with: today's, or each scan's own recorded version. */
export const ZRatingsMode = z.enum(["current", "recorded"]);

export const ZScanRef = z.object({ id: ZId, status: ZScanStatus, finishedAt: ZDateTime.nullable() });

/** An object with one entry per quick win, QW1…QW9. */
export function perQuickWin<TSchema extends z.ZodType>(value: TSchema) {
  return z.object({ QW1: value, QW2: value, QW3: value, QW4: value, QW5: value, QW6: value, QW7: value, QW8: value, QW9: value });
}

export const ZErrorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [TErrorCode, ...TErrorCode[]]),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export type TScanRef = z.infer<typeof ZScanRef>;

/**
 * The language of the check texts in an answer (titles, why, remediation notes and steps). Without
 * it: the locale cookie, else Accept-Language, else English (lib/i18n/locale.ts requestLocale).
 */
export const ZCheckTextsQuery = z.object({
  lang: z.enum(["en", "fr"]).optional().describe("Language of check titles, why texts, finding messages and remediation notes: en or fr. Default: the ramparts-locale cookie, else Accept-Language, else en."),
});
