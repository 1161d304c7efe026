import { route } from "@/lib/api/route";
import { ZSsoStartQuery } from "@/lib/api/schemas/auth";
import { safeNextPath } from "@/lib/auth/paths";
import { startSsoSignIn } from "@/lib/auth/server";
import { ssoSettings } from "@/lib/auth/sso";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * "Sign in with <IdP>": a link, so it works without JavaScript. Redirects the browser to the
 * OpenID provider with a fresh state, PKCE challenge and nonce (kept in a short-lived cookie).
 * 404 when single sign-on is not configured.
 */
export const GET = route({ access: "public", query: ZSsoStartQuery }, async ({ request, query }) => {
  if (!ssoSettings()) throw new AppError("not_found", "ssoNotConfigured");
  const { url, headers } = await startSsoSignIn(request, safeNextPath(query.next));
  const response = new Response(null, { status: 302, headers: { location: url, "cache-control": "no-store" } });
  for (const cookie of headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  return response;
});
