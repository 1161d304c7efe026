import Link from "next/link";
import { useTranslations } from "next-intl";

/** Where the page sits: overview › cluster › … (names are React text; hrefs are built from ids). */
export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  const t = useTranslations("finding");
  return (
    <nav aria-label={t("breadcrumbs")} className="mb-3 text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-slate-600 dark:text-slate-400">
        {items.map((item, index) => (
          <li key={index} className="flex items-center gap-1.5">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href ? (
              <Link href={item.href} className="break-all text-brand-700 hover:underline dark:text-sky-300">{item.label}</Link>
            ) : (
              <span aria-current="page" className="break-all">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
