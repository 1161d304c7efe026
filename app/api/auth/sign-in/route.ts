import { withAuthCookies } from "@/lib/api/auth-response";
import { parseBody } from "@/lib/api/body";
import { route } from "@/lib/api/route";
import { ZSignInBody } from "@/lib/api/schemas/auth";
import { signIn } from "@/lib/auth/server";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** Email + password → session cookie. One answer for an unknown email and a wrong password. */
export const POST = route({ access: "public" }, async ({ request }) => {
  const { email, password } = await parseBody(request, ZSignInBody, { maxBytes: 4 * 1024 });
  const cookies = await signIn(request, email, password);
  if (!cookies) throw new AppError("invalid_credentials", "The email or the password is wrong.");
  return withAuthCookies({ ok: true }, cookies);
});
