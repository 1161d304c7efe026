import type { TGrade } from "@/lib/scoring/posture";
import { BAND_COLOURS } from "@/components/matrix/compliance-scale";

// The grade on the matrix's compliance scale (same thresholds); dark text on the light bands.
const DARK_TEXT: ReadonlySet<TGrade> = new Set(["D", "F"]);

export function GradeBadge({ grade, label }: { grade: TGrade; label: string }) {
  return (
    <span
      className={`inline-flex size-12 items-center justify-center rounded-lg text-2xl font-bold ${DARK_TEXT.has(grade) ? "text-slate-950" : "text-white"}`}
      style={{ backgroundColor: BAND_COLOURS[grade] }}
    >
      <span className="sr-only">{label} </span>
      {grade}
    </span>
  );
}
