import type { ReactNode } from "react";
import { currentUser } from "@/lib/auth/current-user";
import { roleAllows, type TRole } from "@/lib/auth/roles";

/** Server components: renders `children` only when the signed-in user's role reaches `access`. */
export async function Can({ access, children }: { access: TRole; children: ReactNode }) {
  const user = await currentUser().catch(() => null);
  return user && roleAllows(user.role, access) ? <>{children}</> : null;
}
