import { useFormatter, useTranslations } from "next-intl";

/**
 * A change of posture points: ▲ +6 (blue) or ▼ −3.5 (orange), "—" when unknown. The sign is written, never colour alone.
 * Synchronous (next-intl's hooks work in server components that do not await): an async component
 * in each of the fleet's rows would stream as a separate chunk, a hundred of them per overview.
 */
export function PostureChange({ value }: { value: number | null }) {
  const t = useTranslations("overview.change");
  const format = useFormatter();
  if (value === null) {
    return (
      <span className="text-slate-500 dark:text-slate-400">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("unknown")}</span>
      </span>
    );
  }
  const number = format.number(value, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const arrow = value > 0 ? "▲" : value < 0 ? "▼" : "=";
  const tone = value > 0 ? "text-blue-700 dark:text-sky-300" : value < 0 ? "text-orange-700 dark:text-orange-300" : "text-slate-600 dark:text-slate-400";
  return (
    <span className={`whitespace-nowrap tabular-nums ${tone}`} title={t(value > 0 ? "up" : value < 0 ? "down" : "flat", { value: number })}>
      <span aria-hidden="true" className="mr-0.5 text-xs">{arrow}</span>
      {number}
    </span>
  );
}
