import { withAuthCookies } from "@/lib/api/auth-response";
import { parseBody } from "@/lib/api/body";
import { route } from "@/lib/api/route";
import { ZSignInBody } from "@/lib/api/schemas/auth";
import { audit } from "@/lib/audit/audit";
import { clientAddress } from "@/lib/auth/client-address";
import { signIn } from "@/lib/auth/server";
import { isDisabled, passwordMatches, recordSignIn } from "@/lib/db/users";
import { beginSignInAttempt } from "@/lib/auth/sign-in-throttle";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/**
 * Email + password → session cookie. One answer for an unknown email and a wrong password, and
 * 429 `too_many_attempts` (with Retry-After) once the account or the address has had too many
 * attempts in the window, whether or not the email exists.
 */
export const POST = route({ access: "public" }, async ({ request }) => {
  const { email, password } = await parseBody(request, ZSignInBody, { maxBytes: 4 * 1024 });
  const tried = { id: "anonymous", label: email.toLowerCase() };
  const attempt = await beginSignInAttempt(email, clientAddress(request.headers, env().RAMPARTS_TRUST_PROXY));
  if (attempt.retryAfterSeconds !== null) {
    await audit(request, tried, "sign_in.throttled", undefined, { retryAfterSeconds: attempt.retryAfterSeconds });
    const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
    throw new AppError("too_many_attempts", "tooManySignIns", { minutes }, { retryAfterSeconds: attempt.retryAfterSeconds });
  }
  if (await isDisabled(email)) {
    // Said only to someone who knows the password; anyone else gets the usual answer.
    await audit(request, tried, "sign_in.failed", undefined, { disabled: true });
    if (await passwordMatches(email, password)) throw new AppError("forbidden", "accountDisabled");
    throw new AppError("invalid_credentials", "invalidCredentials");
  }
  const signedIn = await signIn(request, email, password);
  if (!signedIn) {
    await audit(request, tried, "sign_in.failed");
    throw new AppError("invalid_credentials", "invalidCredentials");
  }
  await attempt.succeeded();
  await recordSignIn(signedIn.user.id);
  await audit(request, { id: signedIn.user.id, label: signedIn.user.email }, "sign_in.succeeded", { kind: "user", id: signedIn.user.id });
  return withAuthCookies({ ok: true }, signedIn.headers);
});
