import "server-only";
import { NextResponse } from "next/server";

/** A small JSON reply carrying the session cookies better-auth set (or cleared). */
export function withAuthCookies(body: unknown, authHeaders: Headers): NextResponse {
  const response = NextResponse.json(body, { headers: { "cache-control": "no-store" } });
  for (const cookie of authHeaders.getSetCookie()) response.headers.append("set-cookie", cookie);
  return response;
}
