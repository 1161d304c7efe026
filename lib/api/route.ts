import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { authorize, type TPrincipal } from "../auth/authorize";
import type { TAccess } from "../auth/roles";
import type { TTokenScope } from "../auth/tokens";
import { asDatabaseUnavailable } from "../db/connection-errors";
import { AppError, isAppError } from "../errors";
import { DEFAULT_LOCALE, requestLocale, type TLocale } from "../i18n/locale";
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

/** The error as JSON, its message (and a field error's problems) in `locale`. */
export function errorResponse(error: AppError, locale: TLocale = DEFAULT_LOCALE): NextResponse<TErrorBody> {
  const body: TErrorBody = { error: { code: error.code, message: error.messageIn(locale) } };
  const details = error.detailsIn(locale);
  if (details !== undefined) body.error.details = details;
  const headers: Record<string, string> = { "cache-control": "no-store" };
  const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (error.status === 429 && typeof retryAfter === "number") headers["retry-after"] = String(retryAfter);
  return NextResponse.json(body, { status: error.status, headers });
}

/**
 * The one wrapper for every route handler: checks access, validates input with zod, and turns
 * every failure into `{ error: { code, message } }` with a stable code and a message in the
 * caller's language (lib/i18n/locale.ts requestLocale: ?lang=, the signed-in user's saved choice,
 * the locale cookie, Accept-Language). Unknown errors are logged server-side and answered with a
 * generic message (no stack, no connection string). zod's own per-field messages in `details`
 * stay as zod words them (English); the top-level message is translated.
 */
export function route<TQuerySchema extends z.ZodType = z.ZodType<Record<string, never>>>(
  options: TRouteOptions<TQuerySchema>,
  handler: (context: TRouteContext<z.infer<TQuerySchema>>) => Promise<Response>,
) {
  return async (request: Request, segment: { params: Promise<Record<string, string>> }): Promise<Response> => {
    let principal: TPrincipal | undefined;
    try {
      principal = await authorize(request, options.access, options.token);
      const search = Object.fromEntries(new URL(request.url).searchParams);
      const schema: z.ZodType = options.query ?? z.object({});
      const parsed = schema.safeParse(search);
      if (!parsed.success) {
        throw new AppError("validation_failed", "queryInvalid", {}, z.flattenError(parsed.error));
      }
      return await handler({ request, principal, query: parsed.data as z.infer<TQuerySchema>, params: await segment.params });
    } catch (error) {
      const locale = requestLocale(request, principal?.locale);
      if (isAppError(error)) return errorResponse(error, locale);
      const unavailable = asDatabaseUnavailable(error);
      if (unavailable) return errorResponse(unavailable, locale);
      log().error({ scope: "api", err: error, method: request.method, path: new URL(request.url).pathname }, "unhandled error in route");
      return errorResponse(new AppError("internal", "internal"), locale);
    }
  };
}
