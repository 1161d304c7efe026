// Small formatting rules shared by the trends and the namespace views (pure, server or browser).

/**
 * A compliance (0–1) rounded down to a whole percent, for display: 99.6 % must not read "100 %"
 * while a finding is still open. The epsilon absorbs binary fractions (0.29 × 100 = 28.999…).
 */
export function flooredPercent(compliance: number): number {
  return Math.floor(compliance * 100 + 1e-9) / 100;
}

/**
 * One label per scan date: the day alone, or the day and time where several scans share a day
 * (the demo's weekly history, then several scans today).
 */
export function scanLabels(dates: readonly Date[], day: (date: Date) => string, dayAndTime: (date: Date) => string): string[] {
  const days = dates.map(day);
  const counts = new Map<string, number>();
  for (const label of days) counts.set(label, (counts.get(label) ?? 0) + 1);
  return dates.map((date, index) => ((counts.get(days[index]!) ?? 0) > 1 ? dayAndTime(date) : days[index]!));
}
