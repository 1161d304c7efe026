import { redirect } from "next/navigation";
import { SignInPage } from "@/components/auth/sign-in-page";
import { currentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/paths";

// The one public page. A visitor already signed in goes straight on.
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const next = safeNextPath(typeof query.next === "string" ? query.next : undefined);
  const user = await currentUser().catch(() => null);
  if (user) redirect(next);
  return <SignInPage next={next} />;
}
