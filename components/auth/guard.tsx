import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactElement } from "react";
import { currentUser } from "@/lib/auth/current-user";
import { PATH_HEADER, signInUrl } from "@/lib/auth/paths";
import { roleAllows, type TRole } from "@/lib/auth/roles";
import { asDatabaseUnavailable } from "@/lib/db/connection-errors";
import { DatabaseError } from "@/components/ui/database-error";
import { NotAllowed } from "./not-allowed";

/**
 * The one page guard: every app/**\/page.tsx starts with
 *   const denied = await guardPage("viewer"); if (denied) return denied;
 * An anonymous visitor (or an expired session) is redirected to /sign-in?next=<this page>; a role
 * below `access` gets the "not allowed" page; when the sessions cannot be read (database down)
 * the page shows that instead of its content: it fails closed.
 */
export async function guardPage(access: TRole): Promise<ReactElement | null> {
  let user;
  try {
    user = await currentUser();
  } catch (error) {
    const unavailable = asDatabaseUnavailable(error);
    if (unavailable) return <DatabaseError reason={unavailable.reason} />;
    throw error;
  }
  if (!user) redirect(signInUrl((await headers()).get(PATH_HEADER)));
  if (!roleAllows(user.role, access)) return <NotAllowed needed={access} held={user.role} />;
  return null;
}
