import { route } from "@/lib/api/route";
import { ZSsoCallbackQuery } from "@/lib/api/schemas/auth";
import { audit } from "@/lib/audit/audit";
import { finishSsoSignIn } from "@/lib/auth/server";
import { ssoSettings } from "@/lib/auth/sso";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * The redirect URI registered at the OpenID provider: <RAMPARTS_PUBLIC_URL>/api/auth/callback/oidc.
 * Answers with a redirect: where the user was going (signed in, with the role their groups map
 * to), or the sign-in page with ?error= saying why not. Both outcomes are audited.
 */
export const GET = route({ access: "public", query: ZSsoCallbackQuery }, async ({ request, query }) => {
  if (!ssoSettings()) throw new AppError("not_found", "ssoNotConfigured");
  const { response, attempt } = await finishSsoSignIn(request, query);
  const location = response.headers.get("location") ?? "";
  const refusal = new URL(location, "http://ramparts.invalid").searchParams.get("error");
  if (attempt.userId && !refusal) {
    await audit(request, { id: attempt.userId, label: attempt.email ?? attempt.userId }, "sign_in.sso_succeeded", { kind: "user", id: attempt.userId }, { role: attempt.role });
  } else {
    await audit(request, { id: "anonymous", label: attempt.email ?? "unknown" }, "sign_in.sso_refused", undefined, { reason: refusal ?? "no_session" });
  }
  response.headers.set("cache-control", "no-store");
  return response;
});
