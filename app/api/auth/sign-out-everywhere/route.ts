import { withAuthCookies } from "@/lib/api/auth-response";
import { route } from "@/lib/api/route";
import { signOutEverywhere } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** Ends every session of the signed-in user, in every browser, this one included. */
export const POST = route({ access: "viewer" }, async ({ request }) => withAuthCookies({ ok: true }, await signOutEverywhere(request)));
