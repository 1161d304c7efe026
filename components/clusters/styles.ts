// Shared classes and formatting of the clusters UI: plain values, usable by server and client components.

export const INPUT_CLASS =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-950 dark:aria-[invalid=true]:border-red-400";

export const BUTTON_PRIMARY =
  "inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60";

export const BUTTON_SECONDARY =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/** Binary unit symbols: French writes octets (Kio, Mio). */
const BYTE_UNITS: Record<string, readonly [string, string]> = { en: ["KiB", "MiB"], fr: ["Kio", "Mio"] };

/** "12.3 KiB", "4.8 MiB"; in French "12,3 Kio". */
export function formatBytes(bytes: number, locale: string): string {
  const [kib, mib] = BYTE_UNITS[locale] ?? BYTE_UNITS.en!;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${number.format(bytes / 1024 / 1024)} ${mib}`;
  return `${number.format(bytes / 1024)} ${kib}`;
}
