// Next.js 16 proxy (formerly middleware), on every request but Next's static files:
// - security headers (lib/security/headers.ts): a Content-Security-Policy with a fresh nonce for
//   pages, a closed one for route handlers, and the common ones (nosniff, frame, referrer,
//   permissions, opener; HSTS over HTTPS). The nonce also goes into the *request's* CSP header:
//   Next reads it there and puts it on every script and style element it renders.
// - for pages, the requested path in a header, so the page guard can send an anonymous visitor to
//   /sign-in?next=<that page>. The proxy decides no access itself: the guard
//   (components/auth/guard.tsx) checks the session and the role on every page.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { PATH_HEADER } from "./lib/auth/paths";
import { API_CSP, cameOverHttps, commonSecurityHeaders, createNonce, isApiPath, pageCsp } from "./lib/security/headers";

const CSP = "content-security-policy";

export function proxy(request: NextRequest) {
  const common = commonSecurityHeaders({ https: cameOverHttps(request.headers, request.url) });
  if (isApiPath(request.nextUrl.pathname)) return withHeaders(NextResponse.next(), { ...common, [CSP]: API_CSP });

  const csp = pageCsp(createNonce(), { dev: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set(CSP, csp);
  return withHeaders(NextResponse.next({ request: { headers } }), { ...common, [CSP]: csp });
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Next's hashed static files (scripts, style sheets, fonts) are left out: a CSP does not apply to
// a sub-resource, and next.config.js gives them nosniff.
export const config = { matcher: ["/((?!_next/static/).*)"] };
