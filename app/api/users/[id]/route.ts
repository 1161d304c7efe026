import { parseBody } from "@/lib/api/body";
import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZUser, ZUserUpdateBody } from "@/lib/api/schemas/users";
import { audit } from "@/lib/audit/audit";
import { deleteUser, updateUser } from "@/lib/db/user-management";

export const dynamic = "force-dynamic";

/** Changes a user's role, or disables (signing them out everywhere) or enables them. */
export const PATCH = route({ access: "admin" }, async ({ request, params, principal }) => {
  const id = idParam(params, "id", "user");
  const body = await parseBody(request, ZUserUpdateBody, { maxBytes: 1024 });
  const { before, after } = await updateUser(id, body, principal.id);
  const target = { kind: "user", id };
  if (before.role !== after.role) await audit(request, principal, "user.role_changed", target, { email: after.email, from: before.role, to: after.role });
  if (!before.disabled && after.disabled) await audit(request, principal, "user.disabled", target, { email: after.email, sessionsEnded: before.sessions });
  if (before.disabled && !after.disabled) await audit(request, principal, "user.enabled", target, { email: after.email });
  return respond(ZUser, after);
});

/** Deletes a user (not yourself, not the last admin). */
export const DELETE = route({ access: "admin" }, async ({ request, params, principal }) => {
  const user = await deleteUser(idParam(params, "id", "user"), principal.id);
  await audit(request, principal, "user.deleted", { kind: "user", id: user.id }, { email: user.email, role: user.role });
  return respond(ZUser, user);
});
