import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RoleProvider } from "@/components/auth/role-context";
import { Providers } from "@/components/providers";
import { AppShell } from "@/components/shell/app-shell";
import { currentUser } from "@/lib/auth/current-user";
import { clientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // The pages guard themselves (components/auth/guard.tsx); the frame only needs to know who is
  // there. When sessions cannot be read (database down) it keeps the navigation and the page says why.
  const user = await currentUser().catch(() => undefined);
  // Only what client components translate goes to the browser (lib/i18n/client-messages.ts).
  const messages = clientMessages(await getMessages());
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={messages}>
          <Providers>
            <RoleProvider role={user?.role ?? null}>
              <AppShell user={user}>{children}</AppShell>
            </RoleProvider>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
