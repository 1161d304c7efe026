import type { TGrade } from "@/lib/scoring/posture";
import { BAND_COLOURS } from "@/components/matrix/compliance-scale";

// The matrix's grade colours (same scale on every page); the letter carries the meaning, the
// colour only helps scanning a column. Dark text on the light bands.
const DARK_TEXT: ReadonlySet<TGrade> = new Set(["D", "F"]);

/** A grade letter in a square; `label` ("Grade") is read before the letter by screen readers. */
export function GradeBadge({ grade, label }: { grade: TGrade | null; label: string }) {
  if (!grade) {
    return (
      <span className="inline-flex size-7 shrink-0 items-center justify-center rounded-md border border-dashed border-slate-400 text-sm text-slate-600 dark:border-slate-500 dark:text-slate-400">
        <span className="sr-only">{label} </span>—
      </span>
    );
  }
  return (
    <span
      className={`inline-flex size-7 shrink-0 items-center justify-center rounded-md text-sm font-bold ${DARK_TEXT.has(grade) ? "text-slate-950" : "text-white"}`}
      style={{ backgroundColor: BAND_COLOURS[grade] }}
    >
      <span className="sr-only">{label} </span>
      {grade}
    </span>
  );
}
