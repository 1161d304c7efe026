import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";

/**
 * A JSON answer typed by the response schema the OpenAPI document is generated from, so the
 * compiler holds routes and documentation together. Dates serialise as ISO 8601 strings.
 */
export function respond<TSchema extends z.ZodType>(_schema: TSchema, body: z.infer<TSchema>, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store" } });
}
