import { useTranslations } from "next-intl";
import type { TSeverityLevel } from "@/lib/scoring/weights";

// Shape and word carry the severity; colour only helps scanning (purple/orange/amber/blue stay
// apart with the common colour-vision deficiencies).
const TONE: Record<TSeverityLevel, string> = {
  critical: "bg-purple-100 text-purple-900 ring-purple-300 dark:bg-purple-950/60 dark:text-purple-200 dark:ring-purple-800",
  high: "bg-orange-100 text-orange-900 ring-orange-300 dark:bg-orange-950/60 dark:text-orange-200 dark:ring-orange-800",
  medium: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950/50 dark:text-amber-200 dark:ring-amber-800",
  low: "bg-sky-50 text-sky-900 ring-sky-300 dark:bg-sky-950/50 dark:text-sky-200 dark:ring-sky-800",
};

function SeverityIcon({ severity }: { severity: TSeverityLevel }) {
  const common = { "aria-hidden": true, viewBox: "0 0 20 20", className: "size-3.5 shrink-0" } as const;
  switch (severity) {
    case "critical": // octagon with a bar
      return <svg {...common}><path fill="currentColor" d="M6.5 1h7L19 6.5v7L13.5 19h-7L1 13.5v-7zM9 5v6h2V5zm0 8v2h2v-2z" /></svg>;
    case "high": // triangle
      return <svg {...common}><path fill="currentColor" d="M10 1.5 19 18H1zM9 7v5h2V7zm0 6.5v2h2v-2z" /></svg>;
    case "medium": // diamond
      return <svg {...common}><path fill="currentColor" d="m10 1 9 9-9 9-9-9z" /></svg>;
    case "low": // circle with i
      return <svg {...common}><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16M9 9h2v6H9zm0-4h2v2H9z" /></svg>;
  }
}

/** Severity as icon + word (never colour alone). */
export function SeverityBadge({ severity }: { severity: TSeverityLevel }) {
  const t = useTranslations("finding.severity");
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[severity]}`}>
      <SeverityIcon severity={severity} />
      {t(severity)}
    </span>
  );
}
