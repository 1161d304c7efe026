"use client";

import { createContext, useContext, type ReactNode } from "react";
import { roleAllows, type TAccess, type TRole } from "@/lib/auth/roles";

// The signed-in user's role, for client components that hide what the role cannot do. Hiding is
// a courtesy: the server refuses those actions anyway (lib/auth/authorize.ts).
const RoleContext = createContext<TRole | null>(null);

export function RoleProvider({ role, children }: { role: TRole | null; children: ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

/** True when the signed-in user's role reaches `access`. */
export function useCan(access: TAccess): boolean {
  const role = useContext(RoleContext);
  return role !== null && roleAllows(role, access);
}
