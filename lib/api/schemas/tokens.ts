import { z } from "zod";
import { TOKEN_NAME_MAX, TOKEN_SCOPES } from "../../auth/tokens";
import { ZDateTime, ZId } from "./common";

export const ZTokenScope = z.enum(TOKEN_SCOPES);

/** A token as lists show it: never its secret. */
export const ZApiToken = z.object({
  id: ZId,
  name: z.string(),
  /** The secret's first 12 characters ("rmp_" and 8 more), to tell tokens apart. */
  prefix: z.string(),
  /** read: what a viewer may read, and /api/metrics; scan: read, and starting scans and uploads. */
  scope: ZTokenScope,
  /** The email of the admin who created it. */
  createdBy: z.string(),
  createdAt: ZDateTime,
  /** Precise to the minute. */
  lastUsedAt: ZDateTime.nullable(),
  revokedAt: ZDateTime.nullable(),
});

export const ZApiTokenList = z.object({ items: z.array(ZApiToken) });

export const ZApiTokenCreateBody = z.strictObject({
  name: z.string().trim().min(1, "A name is required.").max(TOKEN_NAME_MAX, `A name has at most ${TOKEN_NAME_MAX} characters.`),
  scope: ZTokenScope,
});

export const ZApiTokenCreated = z.object({
  token: ZApiToken,
  /** The secret, for `Authorization: Bearer <secret>`. Shown in this answer only: it cannot be read again. */
  secret: z.string(),
});

export type TApiToken = z.infer<typeof ZApiToken>;
