import { withAuthCookies } from "@/lib/api/auth-response";
import { route } from "@/lib/api/route";
import { audit } from "@/lib/audit/audit";
import { signOut } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** Ends this browser's session and clears its cookie. */
export const POST = route({ access: "viewer" }, async ({ request, principal }) => {
  const cookies = await signOut(request);
  await audit(request, principal, "sign_out", { kind: "user", id: principal.id });
  return withAuthCookies({ ok: true }, cookies);
});
