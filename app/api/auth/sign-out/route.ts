import { withAuthCookies } from "@/lib/api/auth-response";
import { route } from "@/lib/api/route";
import { signOut } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** Ends this browser's session and clears its cookie. */
export const POST = route({ access: "viewer" }, async ({ request }) => withAuthCookies({ ok: true }, await signOut(request)));
