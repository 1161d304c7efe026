// The executive report as plain data: everything the PDF prints, computed from the same reads
// the dashboard and the API answer with (lib/db/queries) and lib/scoring. Pure, so every number
// is unit-tested without rendering a page; document.tsx only lays it out and words it.
import type { TException } from "../api/schemas/exceptions";
import type { TOverviewCluster } from "../api/schemas/overview";
import type { TRatingsVersionJson } from "../api/schemas/ratings";
import type { TScanDetail } from "../api/schemas/scans";
import type { TMatrix, TNamespaces, TTrends } from "../api/schemas/scoring";
import type { TLocale } from "../i18n/locale";
import type { TQuadrant } from "../scoring/matrix";
import type { TGrade } from "../scoring/posture";
import type { TPriorityItem } from "../scoring/priority";
import type { TQuickWinId } from "../scoring/quick-wins";
import type { TSeverityLevel } from "../scoring/weights";
import { appendixOf, type TAppendix } from "./model-appendix";
import { clusterSectionOf } from "./model-cluster";
import { fleetOf } from "./model-fleet";

/** What the loader read for one cluster (lib/report/load.ts). */
export interface TClusterInput {
  id: string;
  name: string;
  /** Null for an archived cluster, which the overview leaves out. */
  environment: TOverviewCluster["environment"] | null;
  lastScan: TOverviewCluster["lastScan"];
  openCritical: number;
  openHigh: number;
  matrix: TMatrix;
  /** Good scans of the period, re-scored with today's ratings (like with like). */
  trends: TTrends;
  namespaces: TNamespaces;
  /** Exceptions in force now. */
  exceptions: TException[];
  /** The current scan's detail (coverage gaps, new and resolved counts); null before the first good scan. */
  scan: TScanDetail | null;
}

export interface TCheckRef {
  id: string;
  quickWin: TQuickWinId;
  cis: string | null;
  severity: TSeverityLevel;
}

export interface TReportInput {
  organisation: string;
  locale: TLocale;
  generatedAt: Date;
  period: { from: Date; to: Date };
  ratings: { current: TRatingsVersionJson; history: TRatingsVersionJson[] };
  clusters: TClusterInput[];
  checks: TCheckRef[];
}

export interface TTrendVertex {
  at: Date;
  posture: number;
}

export interface TRisk {
  quickWin: TQuickWinId;
  weightedOpen: number;
  openFindings: number;
  /** Clusters with at least one open finding of this quick win. */
  clusters: number;
  /** The cluster where it is least compliant. */
  worst: { cluster: string; compliance: number } | null;
}

export interface TAction {
  quickWin: TQuickWinId;
  score: number;
  complexity: number;
  gain: number;
  openFindings: number;
  weightedOpen: number;
  /** Names of the clusters whose priority list holds it, in report order. */
  clusters: string[];
  /** Posture points the fleet would gain, on average, once it is fully compliant everywhere. */
  expectedPoints: number | null;
}

export interface TFleetBubble {
  quickWin: TQuickWinId;
  complexity: number;
  gain: number;
  score: number;
  quadrant: TQuadrant;
  dx: number;
  dy: number;
  openFindings: number;
  /** Mean compliance of the clusters where it could be assessed; null when none could. */
  compliance: number | null;
}

export interface TFleet {
  clusters: number;
  scanned: number;
  /** Clusters without any successful scan (their names). */
  neverScanned: string[];
  /** Mean posture of the scanned clusters now (as the overview's meanPosture), and its grade. */
  posture: number | null;
  grade: TGrade | null;
  /** Over the clusters with two scans or more in the period: mean posture at its start and end. */
  start: { posture: number; grade: TGrade | null } | null;
  change: number | null;
  openFindings: number;
  openCritical: number;
  openHigh: number;
  risks: TRisk[];
  actions: TAction[];
  improved: {
    resolved: number;
    new: number;
    /** Quick wins whose compliance rose by a point or more (mean of the clusters), best first. */
    quickWins: { quickWin: TQuickWinId; delta: number }[];
    clusters: { name: string; from: number; to: number; gradeFrom: TGrade | null; gradeTo: TGrade | null }[];
  };
  matrix: TFleetBubble[];
  trend: TTrendVertex[];
  /** Each cluster's own posture line (thinned like the fleet's), drawn faintly behind it. */
  clusterTrends: TTrendVertex[][];
}

export interface TClusterSection {
  id: string;
  name: string;
  environment: TOverviewCluster["environment"] | null;
  /** The current scan; null: no successful scan yet (nothing is scored, no zeros are printed). */
  scan: { id: string; status: string; finishedAt: Date | null } | null;
  /** The newest scan when it is not the current one (a failed or running scan), with its error. */
  lastAttempt: { status: string; at: Date; error: string | null } | null;
  posture: number | null;
  grade: TGrade | null;
  quickWins: { quickWin: TQuickWinId; compliance: number | null; openFindings: number; notAssessable: number }[];
  priority: TPriorityItem[];
  period: { scans: number; new: number; resolved: number; change: number | null; trend: TTrendVertex[] };
  lastScanCounts: { new: number; resolved: number } | null;
  namespaces: { total: number; worst: { namespace: string; posture: number; grade: TGrade | null; openFindings: number }[] };
  gaps: { total: number; items: { kind: "resource" | "check"; name: string; reason: string; count: number | null }[] };
  exceptions: {
    total: number;
    items: { checkId: string; scope: TException["scope"]; target: string; owner: string; reason: string; expiresAt: Date; expiringSoon: boolean }[];
  };
}

export interface TReportModel {
  organisation: string;
  locale: TLocale;
  generatedAt: Date;
  period: { from: Date; to: Date };
  fleet: TFleet;
  clusters: TClusterSection[];
  appendix: TAppendix;
}

export function buildReportModel(input: TReportInput): TReportModel {
  return {
    organisation: input.organisation,
    locale: input.locale,
    generatedAt: input.generatedAt,
    period: input.period,
    fleet: fleetOf(input),
    clusters: input.clusters.map(clusterSectionOf),
    appendix: appendixOf(input),
  };
}
