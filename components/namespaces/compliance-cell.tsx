// Pieces of the compliance scale that render the same on the server and in the browser.
import type { TGrade } from "@/lib/scoring/posture";
import { GRADE_CELL_CLASSES, NOT_ASSESSABLE_CLASSES } from "@/components/trends/grade-scale";

/** A grade letter on its colour of the scale (the letter carries the meaning; the colour repeats it). */
export function GradeBadge({ grade, label }: { grade: TGrade | null; label: string }) {
  const classes = grade ? GRADE_CELL_CLASSES[grade] : NOT_ASSESSABLE_CLASSES;
  return (
    <span className={`inline-flex min-w-6 justify-center rounded px-1.5 py-0.5 text-xs font-bold ${classes}`} title={label}>
      <span aria-hidden="true">{grade ?? "–"}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/** A horizontal bar of a compliance (0–1) with the percentage written beside it; stripes when nothing was assessable. */
export function ComplianceBar({ value, text }: { value: number | null; text: string }) {
  return (
    <div className="flex items-center gap-2">
      <div className={`h-3 w-40 max-w-full shrink-0 overflow-hidden rounded-sm border border-slate-300 dark:border-slate-600 ${value === null ? NOT_ASSESSABLE_CLASSES : "bg-slate-100 dark:bg-slate-800"}`} aria-hidden="true">
        {value !== null ? <div className="h-full bg-sky-700 dark:bg-sky-400" style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} /> : null}
      </div>
      <span className="tabular-nums">{text}</span>
    </div>
  );
}
