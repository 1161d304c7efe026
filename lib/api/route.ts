import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { authorize, type TPrincipal } from "../auth/authorize";
import type { TAccess } from "../auth/roles";
import type { TTokenScope } from "../auth/tokens";
import { asDatabaseUnavailable } from "../db/connection-errors";
import { AppError, isAppError } from "../errors";
import { log } from "../log/log";

export interface TErrorBody {
  error: { code: string; message: string; details?: unknown };
}

interface TRouteContext<TQuery> {
  request: Request;
  principal: TPrincipal;
  query: TQuery;
  params: Record<string, string>;
}

interface TRouteOptions<TQuerySchema extends z.ZodType> {
  access: TAccess;
  /**
   * The least API-token scope that may call this route, when it is not the default (a read
   * token reaches GET routes open to viewers, nothing else): lib/auth/tokens.ts tokenScopeFor.
   */
  token?: TTokenScope;
  query?: TQuerySchema;
}

export function errorResponse(error: AppError): NextResponse<TErrorBody> {
  const body: TErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  const headers: Record<string, string> = { "cache-control": "no-store" };
  const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (error.status === 429 && typeof retryAfter === "number") headers["retry-after"] = String(retryAfter);
  return NextResponse.json(body, { status: error.status, headers });
}

/**
 * The one wrapper for every route handler: checks access, validates input with zod, and turns
 * every failure into `{ error: { code, message } }` with a stable code. Unknown errors are
 * logged server-side and answered with a generic message (no stack, no connection string).
 */
export function route<TQuerySchema extends z.ZodType = z.ZodType<Record<string, never>>>(
  options: TRouteOptions<TQuerySchema>,
  handler: (context: TRouteContext<z.infer<TQuerySchema>>) => Promise<Response>,
) {
  return async (request: Request, segment: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const principal = await authorize(request, options.access, options.token);
      const search = Object.fromEntries(new URL(request.url).searchParams);
      const schema: z.ZodType = options.query ?? z.object({});
      const parsed = schema.safeParse(search);
      if (!parsed.success) {
        throw new AppError("validation_failed", "The query parameters are not valid.", z.flattenError(parsed.error));
      }
      return await handler({ request, principal, query: parsed.data as z.infer<TQuerySchema>, params: await segment.params });
    } catch (error) {
      if (isAppError(error)) return errorResponse(error);
      const unavailable = asDatabaseUnavailable(error);
      if (unavailable) return errorResponse(unavailable);
      log().error({ scope: "api", err: error, method: request.method, path: new URL(request.url).pathname }, "unhandled error in route");
      return errorResponse(new AppError("internal", "An unexpected error occurred."));
    }
  };
}
