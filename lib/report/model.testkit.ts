// Hand-made report inputs for the model's unit tests: clusters described by their compliance per
// quick win, priority lists built with lib/scoring's own rules.
import type { TMatrix, TTrends } from "../api/schemas/scoring";
import { matrixPoints } from "../scoring/matrix";
import { DEFAULT_RATINGS, priorityScore, QUICK_WIN_IDS, type TQuickWinId } from "../scoring/quick-wins";
import type { TClusterInput, TReportInput } from "./model";

export const NOW = new Date("2026-06-30T12:00:00Z");
export const day = (n: number) => new Date(NOW.getTime() - n * 24 * 3600 * 1000);
const uuid = (prefix: number, n: number) => `${String(prefix).padStart(8, "0")}-0000-4000-8000-${String(n).padStart(12, "0")}`;

type TCell = { compliance: number | null; open?: number; weighted?: number };

/** A matrix as clusterMatrix answers it, from compliance (and open findings) per quick win. */
export function matrixOf(clusterId: string, scanId: string | null, cells: Partial<Record<TQuickWinId, TCell>>, posture: number | null): TMatrix {
  const quickWins = matrixPoints(DEFAULT_RATINGS).map((point) => {
    const cell = cells[point.quickWin] ?? { compliance: null };
    return {
      ...point, score: priorityScore(point), compliance: cell.compliance,
      openFindings: cell.open ?? 0, weightedOpen: cell.weighted ?? 0, waived: 0, notAssessable: 0,
    };
  });
  const priority = quickWins
    .filter((point) => point.compliance !== null && point.compliance < 1)
    .map((point) => ({ quickWin: point.quickWin, score: point.score, complexity: point.complexity, gain: point.gain, compliance: point.compliance!, weightedOpen: point.weightedOpen, openFindings: point.openFindings }))
    .sort((a, b) => b.score - a.score || b.weightedOpen - a.weightedOpen || a.quickWin.localeCompare(b.quickWin));
  const grade = posture === null ? null : posture >= 90 ? "A" : posture >= 80 ? "B" : posture >= 70 ? "C" : posture >= 60 ? "D" : "F";
  return {
    clusterId, scan: scanId ? { id: scanId, status: "succeeded", finishedAt: day(0) } : null, ratings: { mode: "current", versionId: 1 },
    postureScore: posture, grade, exceptions: { nowWaived: 0, noLongerWaived: 0 }, quickWins, priority,
  };
}

export function trendPoint(scanId: string, at: Date, posture: number | null, compliance: Partial<Record<TQuickWinId, number | null>>, counts = { new: 0, resolved: 0 }): TTrends["points"][number] {
  return {
    scanId, status: "succeeded", finishedAt: at, postureScore: posture, grade: null, ratingsVersionId: 1,
    compliance: Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, compliance[id] ?? null])) as TTrends["points"][number]["compliance"],
    openFindings: 0, ...counts,
  };
}

export function clusterInput(index: number, name: string, options: {
  cells?: Partial<Record<TQuickWinId, TCell>>;
  posture?: number | null;
  points?: TTrends["points"];
  scanned?: boolean;
  namespaces?: { namespace: string; postureScore: number | null; openFindings: number }[];
} = {}): TClusterInput {
  const id = uuid(1, index);
  const scanned = options.scanned ?? true;
  const scanId = scanned ? uuid(2, index) : null;
  return {
    id, name, environment: "production",
    lastScan: scanned ? { id: scanId!, status: "succeeded", at: day(0), ageSeconds: 60, error: null } : { id: uuid(3, index), status: "failed", at: day(0), ageSeconds: 60, error: "connect ECONNREFUSED" },
    openCritical: 1, openHigh: 2,
    matrix: matrixOf(id, scanId, options.cells ?? {}, scanned ? (options.posture ?? null) : null),
    trends: { clusterId: id, from: day(90), to: NOW, rescore: "current", ratingsVersionIds: [1], currentRatingsVersionId: 1, points: options.points ?? [] },
    namespaces: {
      clusterId: id, scan: null, ratings: { mode: "current", versionId: 1 }, exceptions: { nowWaived: 0, noLongerWaived: 0 },
      namespaces: (options.namespaces ?? []).map((row) => ({ ...row, grade: null, quickWins: {} as never })),
    },
    exceptions: [],
    scan: scanned ? ({ coverageGaps: [], counts: { open: 0, waived: 0, new: 0, resolved: 0 } } as unknown as TClusterInput["scan"]) : null,
  };
}

export function reportInput(clusters: TClusterInput[]): TReportInput {
  const ratings = Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, { ...DEFAULT_RATINGS[id], score: priorityScore(DEFAULT_RATINGS[id]) }])) as TReportInput["ratings"]["current"]["ratings"];
  const version = { id: 1, author: "ramparts", reason: "Default ratings", createdAt: day(200), ratings };
  return { organisation: "Acme", locale: "en", generatedAt: NOW, period: { from: day(90), to: NOW }, ratings: { current: version, history: [version] }, clusters, checks: [] };
}
