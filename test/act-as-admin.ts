// For integration tests of what route handlers do (not who may call them, which
// app/api/access.int.test.ts covers): `vi.mock("@/lib/auth/authorize", () => import("@/test/act-as-admin"))`
// makes every request a signed-in admin labelled "test-admin".
import type { TPrincipal } from "@/lib/auth/authorize";

export async function authorize(): Promise<TPrincipal> {
  return { kind: "user", id: "test-admin", role: "admin", label: "test-admin" };
}
