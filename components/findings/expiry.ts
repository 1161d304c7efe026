// The expiry of a risk acceptance, as a date input holds it ("YYYY-MM-DD", the person's own
// calendar day). It lasts until the end of that day; the server accepts at most one year ahead.

export const DEFAULT_EXPIRY_DAYS = 90;
export const MAX_EXPIRY_DAYS = 365;

export type TExpiryError = "required" | "invalid" | "past" | "tooFar";

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** The local calendar day of `date`, as a date input's value. */
export function dayValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

/** min / default / max of the date input. */
export function expiryBounds(now: Date): { min: string; initial: string; max: string } {
  return { min: dayValue(addDays(now, 1)), initial: dayValue(addDays(now, DEFAULT_EXPIRY_DAYS)), max: dayValue(addDays(now, MAX_EXPIRY_DAYS)) };
}

/** The instant an expiry day ends (23:59:59 local time), or what is wrong with it. */
export function parseExpiry(value: string, now: Date): { ok: true; expiresAt: Date } | { ok: false; error: TExpiryError } {
  if (value.trim() === "") return { ok: false, error: "required" };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return { ok: false, error: "invalid" };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const end = new Date(year, month - 1, day, 23, 59, 59);
  if (end.getFullYear() !== year || end.getMonth() !== month - 1 || end.getDate() !== day) return { ok: false, error: "invalid" };
  const { min, max } = expiryBounds(now);
  if (value < min) return { ok: false, error: "past" };
  if (value > max) return { ok: false, error: "tooFar" };
  return { ok: true, expiresAt: end };
}
