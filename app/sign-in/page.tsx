import { redirect } from "next/navigation";
import { SignInPage } from "@/components/auth/sign-in-page";
import { currentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/paths";
import { ssoSettings } from "@/lib/auth/sso";

// The one public page. A visitor already signed in goes straight on. `error` is set by a single
// sign-on that did not complete (lib/auth/sso.ts).
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const next = safeNextPath(typeof query.next === "string" ? query.next : undefined);
  const user = await currentUser().catch(() => null);
  if (user) redirect(next);
  const ssoError = typeof query.error === "string" ? query.error.slice(0, 64) : null;
  return <SignInPage next={next} sso={ssoSettings()?.name ?? null} ssoError={ssoError} />;
}
