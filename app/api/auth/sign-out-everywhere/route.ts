import { withAuthCookies } from "@/lib/api/auth-response";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/audit";
import { signOutEverywhere } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** Ends every session of the signed-in user, in every browser, this one included. */
export const POST = route({ access: "viewer" }, async ({ request, principal }) => {
  const cookies = await signOutEverywhere(request);
  await audit(request, principal, "sign_out.everywhere", { kind: "user", id: principal.id });
  return withAuthCookies({ ok: true }, cookies);
});
