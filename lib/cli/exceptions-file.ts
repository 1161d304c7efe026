// `--exceptions FILE`: risk acceptances kept in the repository beside the manifests, applied by
// the engine exactly as the server applies its stored exceptions (evaluateSnapshot's
// `exceptions` option): a matching fail becomes "waived" with the written reason.
import { parse } from "yaml";
import { z } from "zod";
import type { TExceptionRule } from "../checks/types";

const ZExceptionEntry = z.strictObject({
  checkId: z.string().min(1),
  namespace: z.string().optional(),
  kind: z.string().optional(),
  name: z.string().optional(),
  container: z.string().optional(),
  reason: z.string().trim().min(1),
  expires: z.union([z.string(), z.date()]).optional()
    .refine((value) => value === undefined || !Number.isNaN(new Date(value).getTime()), { message: "not a date" }),
});

/** A document with an `exceptions:` list (a bare list is accepted too). */
const ZExceptionsFile = z.strictObject({ exceptions: z.array(ZExceptionEntry) });

export class TExceptionsFileError extends Error {}

/** The rules of an exceptions file; throws TExceptionsFileError naming the first bad entry. */
export function parseExceptionsFile(text: string, file: string): TExceptionRule[] {
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new TExceptionsFileError((error as Error).message.split("\n")[0]);
  }
  // Parsed as one shape, not a union, so that errors name the entry and field at fault.
  const parsed = ZExceptionsFile.safeParse(Array.isArray(document) || document == null ? { exceptions: document ?? [] } : document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TExceptionsFileError(`${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data.exceptions.map((entry, index) => ({
    id: `${file}#${index + 1}`,
    checkId: entry.checkId,
    ...(entry.namespace !== undefined ? { namespace: entry.namespace } : {}),
    ...(entry.kind !== undefined ? { objectKind: entry.kind } : {}),
    ...(entry.name !== undefined ? { objectName: entry.name } : {}),
    ...(entry.container !== undefined ? { container: entry.container } : {}),
    reason: entry.reason,
    ...(entry.expires !== undefined ? { expiresAt: new Date(entry.expires).toISOString() } : {}),
  }));
}
