import { useTranslations } from "next-intl";
import type { TSeverityLevel } from "@/lib/scoring/weights";

// The word carries the severity; the shade (one hue, stronger when worse) only repeats it.
const CLASSES: Record<TSeverityLevel, string> = {
  critical: "bg-orange-700 text-white dark:bg-orange-500 dark:text-slate-950",
  high: "bg-orange-200 text-orange-950 dark:bg-orange-800 dark:text-orange-50",
  medium: "bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-100",
  low: "border border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300",
};

export function SeverityBadge({ severity }: { severity: TSeverityLevel }) {
  const t = useTranslations("namespaces.severity");
  return <span className={`inline-block w-20 rounded px-2 py-0.5 text-center text-xs font-semibold ${CLASSES[severity]}`}>{t(severity)}</span>;
}
