import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { roleAllows, type TRole } from "@/lib/auth/roles";

/**
 * The settings pages. Each entry is one page under /settings with the role it needs; the
 * sub-navigation shows only the ones the signed-in user can open. Add a page by adding a line.
 */
export const SETTINGS_PAGES = [
  { href: "/settings", key: "general", access: "viewer" },
  { href: "/settings/tokens", key: "tokens", access: "admin" },
  { href: "/settings/notifications", key: "notifications", access: "admin" },
  { href: "/settings/users", key: "users", access: "admin" },
  { href: "/settings/audit", key: "audit", access: "admin" },
] as const satisfies readonly { href: string; key: string; access: TRole }[];

export type TSettingsPageHref = (typeof SETTINGS_PAGES)[number]["href"];

/** Tabs between the settings pages; `current` is the page being shown (aria-current). */
export async function SettingsNav({ current }: { current: TSettingsPageHref }) {
  const t = await getTranslations("settings.nav");
  const user = await currentUser().catch(() => null);
  const pages = SETTINGS_PAGES.filter((page) => user && roleAllows(user.role, page.access));
  if (pages.length < 2) return null;
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex flex-wrap gap-1">
        {pages.map((page) => {
          const active = page.href === current;
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                aria-current={active ? "page" : undefined}
                className={`block border-b-2 px-3 py-2 text-sm font-medium ${
                  active
                    ? "border-brand-600 text-brand-700 dark:border-sky-400 dark:text-sky-300"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
                }`}
              >
                {t(page.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
