import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "../../auth/password";

export const ZSignInBody = z.object({ email: z.string().trim().max(320), password: z.string().max(MAX_PASSWORD_LENGTH) });
export const ZAuthOk = z.object({ ok: z.literal(true) });
