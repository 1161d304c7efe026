import { useFormatter } from "next-intl";

/** "3 weeks ago" with the absolute date beside it (and in the machine-readable attribute). */
export function SeenAt({ at, now, stacked = false }: { at: Date; now: Date; stacked?: boolean }) {
  const format = useFormatter();
  const absolute = format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return (
    <time dateTime={at.toISOString()} className={stacked ? "flex flex-col" : undefined}>
      <span>{format.relativeTime(at, now)}</span>
      <span className="text-xs text-slate-600 dark:text-slate-400">{stacked ? absolute : ` (${absolute})`}</span>
    </time>
  );
}
