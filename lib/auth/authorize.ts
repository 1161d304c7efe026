import "server-only";
import { AppError } from "../errors";
import { isCrossSiteMutation } from "./csrf";
import { roleAllows, type TAccess, type TRole } from "./roles";
import { sessionUser } from "./server";

export interface TPrincipal {
  kind: "anonymous" | "user" | "token";
  id: string;
  role: TRole | null;
  /** Who, as history shows it (ratings, exceptions): the user's email. */
  label: string;
}

const ANONYMOUS: TPrincipal = { kind: "anonymous", id: "anonymous", role: null, label: "anonymous" };

/**
 * Decides whether the caller of a route handler may reach something that needs `access`, and
 * who they are. Public routes answer everyone (a signed-in caller is still recognised). Anyone
 * else needs a session (401 `unauthenticated`) whose role reaches `access` (403 `forbidden`).
 * A mutation from another site riding on the session cookie is refused (403 `cross_site`).
 */
export async function authorize(request: Request, access: TAccess): Promise<TPrincipal> {
  if (isCrossSiteMutation(request.method, request.headers)) {
    throw new AppError("cross_site", "This request came from another site and was refused.");
  }
  if (access === "public") return ANONYMOUS;
  const user = await sessionUser(request.headers);
  if (!user) throw new AppError("unauthenticated", "Sign in to use this.");
  if (!roleAllows(user.role, access)) throw new AppError("forbidden", `This needs the ${access} role.`);
  return { kind: "user", id: user.id, role: user.role, label: user.email };
}
