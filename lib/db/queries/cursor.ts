// Opaque pagination cursors: base64url JSON of the last row's sort key, validated on the way in.
import { z } from "zod";
import { AppError } from "../../errors";

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

export function decodeCursor<TSchema extends z.ZodType>(cursor: string | undefined, schema: TSchema): z.infer<TSchema> | undefined {
  if (cursor === undefined) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("validation_failed", "cursorInvalid");
  }
}
