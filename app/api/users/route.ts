import { parseBody } from "@/lib/api/body";
import { respond } from "@/lib/api/respond";
import { route } from "@/lib/api/route";
import { ZUserCreateBody, ZUserList, ZUserWithPassword } from "@/lib/api/schemas/users";
import { audit } from "@/lib/audit/audit";
import { createUser, generatePassword, listUsers } from "@/lib/db/user-management";

export const dynamic = "force-dynamic";

/** Every user with role, state and last sign-in. Admins only; never a password hash. */
export const GET = route({ access: "admin" }, async () => respond(ZUserList, { users: await listUsers() }));

/** Creates a user; without a password, Ramparts generates one and answers it once. */
export const POST = route({ access: "admin" }, async ({ request, principal }) => {
  const body = await parseBody(request, ZUserCreateBody, { maxBytes: 4 * 1024 });
  const generatedPassword = body.password === undefined ? generatePassword() : null;
  const user = await createUser({ email: body.email, name: body.name, role: body.role, password: body.password ?? generatedPassword! });
  await audit(request, principal, "user.created", { kind: "user", id: user.id }, { email: user.email, role: user.role, generated: generatedPassword !== null });
  return respond(ZUserWithPassword, { user, generatedPassword }, 201);
});
