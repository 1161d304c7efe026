import "server-only";
import { z } from "zod";
import { AppError } from "../errors";

const DEFAULT_MAX_BYTES = 64 * 1024;

/** Reads at most `maxBytes` of the body, stopping as soon as it is exceeded (no unbounded buffering). */
async function readLimited(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number): AppError {
  const readable = maxBytes >= 1024 * 1024 ? `${(maxBytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.round(maxBytes / 1024)} KiB`;
  return new AppError("payload_too_large", "bodyTooLarge", { maxBytes, readable }, { maxBytes });
}

/**
 * Parses a JSON request body with a zod schema. Oversized bodies → payload_too_large; invalid
 * JSON or fields → validation_failed with zod's flattened details (field → messages).
 */
export async function parseBody<TSchema extends z.ZodType>(request: Request, schema: TSchema, options: { maxBytes?: number } = {}): Promise<z.infer<TSchema>> {
  const text = await readLimited(request, options.maxBytes ?? DEFAULT_MAX_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("validation_failed", "bodyNotJson");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError("validation_failed", "bodyInvalid", {}, z.flattenError(parsed.error));
  return parsed.data;
}
