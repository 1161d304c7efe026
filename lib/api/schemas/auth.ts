import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "../../auth/password";

export const ZSignInBody = z.object({ email: z.string().trim().max(320), password: z.string().max(MAX_PASSWORD_LENGTH) });
export const ZAuthOk = z.object({ ok: z.literal(true) });

export const ZSsoStartQuery = z.object({
  next: z.string().max(2048).optional().describe("Where to go once signed in (a path on this site; anything else means /)"),
});

const callbackValue = z.string().max(4096).optional();
/** What an OpenID provider sends back to the redirect URI (RFC 6749 §4.1.2, RFC 9207 `iss`). */
export const ZSsoCallbackQuery = z.object({
  code: callbackValue,
  state: callbackValue,
  iss: callbackValue,
  error: z.string().max(256).optional(),
  error_description: z.string().max(1024).optional(),
});
