import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../auth/password";
import { ROLES } from "../../auth/roles";
import { ZDateTime } from "./common";

export const ZRole = z.enum(ROLES);
const ZPassword = z.string().min(MIN_PASSWORD_LENGTH, `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`).max(MAX_PASSWORD_LENGTH);

/** A user as admins see them: never a password hash, never a session token. */
export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  disabled: z.boolean(),
  createdAt: ZDateTime,
  /** Null until their first sign-in. */
  lastSignInAt: ZDateTime.nullable(),
  /** Browsers signed in now. */
  sessions: z.number().int(),
});

export const ZUserList = z.object({ users: z.array(ZUser) });

export const ZUserCreateBody = z.object({
  email: z.string().trim().toLowerCase().max(320).regex(/^[^\s@]+@[^\s@]+$/, "Not an email address."),
  name: z.string().trim().max(200).optional(),
  role: ZRole,
  /** Omitted: Ramparts generates one and answers it, once. */
  password: ZPassword.optional(),
});

export const ZUserUpdateBody = z
  .object({ role: ZRole.optional(), disabled: z.boolean().optional() })
  .refine((body) => body.role !== undefined || body.disabled !== undefined, { message: "Give a role or disabled." });

export const ZPasswordResetBody = z.object({ password: ZPassword.optional() });

/** A created user or a reset password; `generatedPassword` only when Ramparts chose it (shown once). */
export const ZUserWithPassword = z.object({ user: ZUser, generatedPassword: z.string().nullable() });

export const ZSignedOut = z.object({ sessionsEnded: z.number().int() });

export type TUser = z.infer<typeof ZUser>;
export type TUserCreateBody = z.infer<typeof ZUserCreateBody>;
