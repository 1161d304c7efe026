import { parseBody } from "@/lib/api/body";
import { idParam } from "@/lib/api/params";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZPasswordResetBody, ZUserWithPassword } from "@/lib/api/schemas/users";
import { audit } from "@/lib/audit/audit";
import { generatePassword, resetPassword } from "@/lib/db/user-management";

export const dynamic = "force-dynamic";

/** Sets a new password (given, or generated and answered once) and signs the user out everywhere. */
export const POST = route({ access: "admin" }, async ({ request, params, principal }) => {
  const id = idParam(params, "id", "user");
  const body = await parseBody(request, ZPasswordResetBody, { maxBytes: 1024 });
  const generatedPassword = body.password === undefined ? generatePassword() : null;
  const user = await resetPassword(id, body.password ?? generatedPassword!);
  await audit(request, principal, "user.password_reset", { kind: "user", id }, { email: user.email, generated: generatedPassword !== null });
  return respond(ZUserWithPassword, { user, generatedPassword });
});
