// Next.js 16 proxy (formerly middleware): tells the page guard which page was asked for, so an
// anonymous visitor is sent to /sign-in?next=<that page>. It decides nothing itself: the guard
// (components/auth/guard.tsx) checks the session and the role on every page.
import { NextResponse, type NextRequest } from "next/server";
import { PATH_HEADER } from "./lib/auth/paths";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|_next/|favicon.ico).*)"] };
