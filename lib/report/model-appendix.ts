// The appendix: the method (formula, ratings in force and when each last changed, severity
// weights, grade bands) and the check references with their CIS ids.
import { gradeFor, type TGrade } from "../scoring/posture";
import { QUICK_WIN_IDS, type TQuickWinId } from "../scoring/quick-wins";
import { SEVERITIES, SEVERITY_WEIGHTS, type TSeverityLevel } from "../scoring/weights";
import type { TCheckRef, TReportInput } from "./model";

/** Lower bound of each grade (F has none); model.test.ts proves lib/scoring gradeFor agrees. */
export const GRADE_FLOORS: readonly { grade: TGrade; floor: number | null }[] = [
  { grade: "A", floor: 90 },
  { grade: "B", floor: 80 },
  { grade: "C", floor: 70 },
  { grade: "D", floor: 60 },
  { grade: "F", floor: null },
];

export interface TAppendix {
  ratings: {
    versionId: number;
    author: string;
    reason: string;
    since: Date;
    versions: number;
    quickWins: { quickWin: TQuickWinId; complexity: number; gain: number; score: number; lastChanged: Date }[];
  };
  severityWeights: { severity: TSeverityLevel; weight: number }[];
  grades: typeof GRADE_FLOORS;
  checks: TCheckRef[];
}

/** The newest version in which a quick win's rating differs from the version before it (or the first version). */
export function lastChanged(history: TReportInput["ratings"]["history"], quickWin: TQuickWinId): Date | null {
  for (let index = 0; index < history.length; index++) {
    const version = history[index]!.ratings[quickWin];
    const before = history[index + 1]?.ratings[quickWin];
    if (!before || before.complexity !== version.complexity || before.gain !== version.gain) return history[index]!.createdAt;
  }
  return null;
}

export function appendixOf(input: TReportInput): TAppendix {
  const { current, history } = input.ratings;
  // Ratings history is newest first; the current version is its head.
  const ordered = [...history].sort((a, b) => b.id - a.id);
  return {
    ratings: {
      versionId: current.id,
      author: current.author,
      reason: current.reason,
      since: current.createdAt,
      versions: history.length,
      quickWins: QUICK_WIN_IDS.map((quickWin) => ({
        quickWin,
        ...current.ratings[quickWin],
        lastChanged: lastChanged(ordered, quickWin) ?? current.createdAt,
      })),
    },
    severityWeights: SEVERITIES.map((severity) => ({ severity, weight: SEVERITY_WEIGHTS[severity] })),
    grades: GRADE_FLOORS,
    checks: [...input.checks].sort((a, b) => a.quickWin.localeCompare(b.quickWin) || a.id.localeCompare(b.id)),
  };
}

/** True when GRADE_FLOORS says what lib/scoring's gradeFor does (tested). */
export function gradeFloorsAgree(): boolean {
  return GRADE_FLOORS.every(({ grade, floor }, index) => {
    const next = GRADE_FLOORS[index + 1];
    return (floor === null || gradeFor(floor) === grade) && (next === undefined || floor === null || gradeFor(floor - 0.001) === next.grade);
  });
}
