import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TSessionUser } from "@/lib/auth/server";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

/**
 * The frame of every page. `user` is null for a visitor known to be anonymous (the sign-in page:
 * no navigation), undefined when sessions could not be read (navigation, no user menu).
 */
export async function AppShell({ user, children }: { user: TSessionUser | null | undefined; children: ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="min-h-screen md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {t("app.skipToContent")}
      </a>
      {/* The column carries the background to the page's full height; the header inside sticks. */}
      <div className="border-b border-slate-200 bg-white md:w-60 md:shrink-0 md:border-b-0 md:border-r dark:border-slate-800 dark:bg-slate-900">
        <header className="px-4 py-3 md:sticky md:top-0">
          <div className="flex items-center justify-between gap-4 md:flex-col md:items-stretch">
            <Link href="/" className="flex items-center gap-2 py-1">
              <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 text-brand-600 dark:text-sky-400">
                <path fill="currentColor" d="M3 21V8l3-2v3h2V5l4-3 4 3v4h2V6l3 2v13h-7v-5a2 2 0 0 0-4 0v5z" />
              </svg>
              <span className="text-lg font-semibold tracking-tight">{t("app.name")}</span>
            </Link>
            <p className="hidden text-xs text-slate-600 md:block dark:text-slate-400">{t("app.tagline")}</p>
            {user !== null ? (
              <nav aria-label={t("nav.label")} className="md:mt-6">
                <NavLinks />
              </nav>
            ) : null}
            {user ? <UserMenu email={user.email} role={user.role} /> : null}
            <LanguageSwitch signedIn={Boolean(user)} saved={user?.locale ?? null} />
          </div>
        </header>
      </div>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 md:px-8 md:py-8">
        {children}
      </main>
    </div>
  );
}
