// A scan's duration in words the reader's locale understands ("1.1 s", "2 min 5 s"), through
// Intl unit formatting. Pure: takes the number formatter of next-intl (server or client).
export interface TUnitOptions {
  style: "unit";
  unit: "second" | "minute" | "hour";
  unitDisplay: "narrow" | "short";
  maximumFractionDigits?: number;
}
type TNumberFormat = (value: number, options: TUnitOptions) => string;

export function formatDuration(ms: number, number: TNumberFormat): string {
  const seconds = ms / 1000;
  if (seconds < 60) return number(seconds, { style: "unit", unit: "second", unitDisplay: "narrow", maximumFractionDigits: seconds < 10 ? 1 : 0 });
  const totalSeconds = Math.round(seconds);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const rest = totalSeconds % 60;
  const unit = (value: number, name: TUnitOptions["unit"]) => number(value, { style: "unit", unit: name, unitDisplay: "short" });
  if (hours > 0) return `${unit(hours, "hour")} ${unit(minutes, "minute")}`;
  return rest === 0 ? unit(minutes, "minute") : `${unit(minutes, "minute")} ${unit(rest, "second")}`;
}
