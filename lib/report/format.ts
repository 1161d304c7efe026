// Numbers, dates and untrusted text as the PDF prints them. Pure.
//
// The PDF uses the built-in Helvetica (nothing to download or embed), whose encoding is
// WinAnsi: Latin-1 plus a few typographic signs (€ … – — ‘ ’ “ ” • œ Œ). Every string that
// reaches the page goes through pdfText, which keeps what the font can show and replaces the
// rest, so a cluster string in another script prints as "?" instead of garbage.
import type { TLocale } from "../i18n/locale";

const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SPACES = /[\u2000-\u200a\u202f\u205f\u3000]/g; // thin and narrow spaces Intl uses in French

/** Text the built-in font can print: line breaks stay, other controls become spaces, unprintable signs "?". */
export function pdfText(value: string): string {
  let out = "";
  for (const char of value.normalize("NFC").replace(SPACES, "\u00a0").replace(/\u2212/g, "-")) {
    const code = char.codePointAt(0)!;
    if (char === "\n") out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += " ";
    else if (code <= 0xff || WIN_ANSI_EXTRA.has(char)) out += char;
    else if (code >= 0x200b && code <= 0x200f) continue; // zero-width and direction marks
    else if (code >= 0x202a && code <= 0x202e) continue; // direction overrides
    else out += "?";
  }
  return out;
}

/** At most `max` characters, cut with an ellipsis (whole text when it fits). */
export function clip(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, Math.max(1, max - 1)).join("")}…`;
}

/**
 * Break opportunities for the layout: words up to 24 characters stay whole (no hyphenation, which
 * would be wrong in French); longer ones (a 300-character namespace) are cut into pieces so the
 * line can wrap inside its box instead of overflowing it.
 */
export function breakLongWord(word: string): string[] {
  if (word.length <= 24) return [word];
  const pieces: string[] = [];
  for (let index = 0; index < word.length; index += 16) pieces.push(word.slice(index, index + 16));
  return pieces;
}

/**
 * A compliance (0–1) rounded down to a whole percent, as the dashboard shows it
 * (components/trends/trend-format.ts flooredPercent): 99.6 % never reads "100 %".
 */
export function flooredRatio(compliance: number): number {
  return Math.floor(compliance * 100 + 1e-9) / 100;
}

export interface TReportFormat {
  locale: TLocale;
  /** Posture score as the dashboard prints it: at most one decimal. */
  posture(score: number): string;
  /** Compliance 0–1 as a floored whole percent. */
  percent(compliance: number): string;
  /** A signed change in posture points, one decimal: "+9.1", "-2", "0". */
  points(delta: number): string;
  integer(value: number): string;
  date(value: Date): string;
  dateTime(value: Date): string;
}

export function reportFormat(locale: TLocale, timeZone?: string): TReportFormat {
  const tag = locale === "fr" ? "fr-FR" : "en-GB";
  const posture = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const points = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone });
  return {
    locale,
    posture: (score) => pdfText(posture.format(score)),
    percent: (compliance) => pdfText(percent.format(flooredRatio(compliance))),
    points: (delta) => pdfText(points.format(Math.round(delta * 10) / 10 || 0)),
    integer: (value) => pdfText(integer.format(value)),
    date: (value) => pdfText(date.format(value)),
    dateTime: (value) => pdfText(dateTime.format(value)),
  };
}

/**
 * "<organisation>-executive-summary-<yyyy-mm-dd>.pdf", safe in a Content-Disposition header and
 * on every file system: accents folded, anything else than letters and digits a dash.
 */
export function reportFileName(organisation: string, at: Date): string {
  const slug = organisation
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${slug || "ramparts"}-executive-summary-${at.toISOString().slice(0, 10)}.pdf`;
}
