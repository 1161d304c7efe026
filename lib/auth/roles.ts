// Who may do what. Every route and page declares the least role it needs; the one wrapper
// (lib/api/route.ts) and the page guard check it.
export const ROLES = ["viewer", "editor", "admin"] as const;
export type TRole = (typeof ROLES)[number];
export type TAccess = "public" | TRole;

export function roleAllows(held: TRole, needed: TAccess): boolean {
  if (needed === "public") return true;
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
