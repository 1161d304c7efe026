import { guardPage } from "@/components/auth/guard";
import { TokensPage } from "@/components/tokens/tokens-page";

export default async function Page() {
  const denied = await guardPage("admin");
  if (denied) return denied;
  return <TokensPage />;
}
