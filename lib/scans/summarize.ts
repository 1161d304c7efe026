// Turns engine results into what a scan stores: finding rows (fails and waivers only, with a
// stable fingerprint), per-quick-win aggregates for the cluster and each namespace, coverage
// gaps, and the score. Pure: the pipeline persists it, tests compute it by hand.
import { createHash } from "node:crypto";
import type { TStoredText, TText } from "../checks/text";
import type { TCheckResult, TCoverageGap, TRemediation } from "../checks/types";
import { compliance, gradeFor, postureScore, type TGrade } from "../scoring/posture";
import { QUICK_WIN_IDS, type TQuickWinId, type TRating } from "../scoring/quick-wins";
import { tallyEvaluations, type TQuickWinTally } from "../scoring/tally";

export interface TFindingRow {
  fingerprint: string;
  checkId: string;
  quickWin: TQuickWinId;
  severity: TCheckResult["severity"];
  namespace: string | null;
  objectKind: string;
  objectName: string;
  container: string | null;
  message: TText;
  evidence: Record<string, unknown>;
  remediation: TRemediation | null;
  status: "open" | "waived";
  exceptionId: string | null;
}

/** One check's results over the whole cluster. */
export interface TCheckCountRow {
  checkId: string;
  quickWin: TQuickWinId;
  pass: number;
  fail: number;
  waived: number;
  notAssessable: number;
}

export interface TAggregateRow {
  namespace: string;
  quickWin: TQuickWinId;
  tally: TQuickWinTally;
}

export interface TScanGap {
  /** A resource type the collector could not read, or a check that could not run. */
  kind: "resource" | "check";
  name: string;
  /** A catalogue text (read in the reader's language); scans stored before translation hold English. */
  reason: TStoredText;
  count?: number;
}

export interface TScanSummary {
  findings: TFindingRow[];
  aggregates: TAggregateRow[];
  checkCounts: TCheckCountRow[];
  gaps: TScanGap[];
  postureScore: number | null;
  grade: TGrade | null;
  compliance: Record<TQuickWinId, number | null>;
  evaluations: number;
}

export function fingerprintOf(clusterId: string, result: Pick<TCheckResult, "check" | "object" | "container">): string {
  const { kind, namespace, name } = result.object;
  return createHash("sha256").update([clusterId, result.check, kind, namespace ?? "", name, result.container ?? ""].join("\u0000")).digest("hex").slice(0, 40);
}

export function summarizeResults(
  clusterId: string,
  results: readonly TCheckResult[],
  collectorGaps: readonly TCoverageGap[],
  ratings: Record<TQuickWinId, TRating>,
): TScanSummary {
  const findings = new Map<string, TFindingRow>();
  const byNamespace = new Map<string, TCheckResult[]>();
  const checkGaps = new Map<string, TScanGap>();
  const checkCounts = new Map<string, TCheckCountRow>();
  for (const result of results) {
    let counts = checkCounts.get(result.check);
    if (!counts) {
      counts = { checkId: result.check, quickWin: result.quickWin, pass: 0, fail: 0, waived: 0, notAssessable: 0 };
      checkCounts.set(result.check, counts);
    }
    if (result.status === "not_assessable") counts.notAssessable += 1;
    else counts[result.status] += 1;
    if (result.status === "fail" || result.status === "waived") {
      const fingerprint = fingerprintOf(clusterId, result);
      findings.set(fingerprint, {
        fingerprint,
        checkId: result.check,
        quickWin: result.quickWin,
        severity: result.severity,
        namespace: result.object.namespace ?? null,
        objectKind: result.object.kind,
        objectName: result.object.name,
        container: result.container ?? null,
        message: result.message,
        evidence: { ...(result.evidence ?? {}), ...(result.waiver ? { waiver: result.waiver } : {}) },
        remediation: result.remediation ?? null,
        status: result.status === "waived" ? "waived" : "open",
        exceptionId: result.waiver?.exceptionId ?? null,
      });
    }
    if (result.status === "not_assessable") {
      const gap = checkGaps.get(result.check);
      if (gap) gap.count = (gap.count ?? 1) + 1;
      else checkGaps.set(result.check, { kind: "check", name: result.check, reason: result.reason ?? result.message, count: 1 });
    }
    const namespace = result.object.namespace;
    if (namespace) {
      // Appended in place: copying the list for each result is quadratic per namespace (~6 s for
      // the 912k results of the 50,000-Pod benchmark cluster).
      const own = byNamespace.get(namespace);
      if (own) own.push(result);
      else byNamespace.set(namespace, [result]);
    }
  }
  const cluster = tallyEvaluations(results);
  const aggregates: TAggregateRow[] = QUICK_WIN_IDS.map((quickWin) => ({ namespace: "", quickWin, tally: cluster[quickWin] }));
  for (const [namespace, own] of byNamespace) {
    const tallies = tallyEvaluations(own);
    for (const quickWin of QUICK_WIN_IDS) {
      const tally = tallies[quickWin];
      if (tally.counts.pass + tally.counts.fail + tally.counts.waived + tally.counts.not_assessable > 0) aggregates.push({ namespace, quickWin, tally });
    }
  }
  const score = postureScore(cluster, ratings);
  return {
    findings: [...findings.values()],
    aggregates,
    checkCounts: [...checkCounts.values()],
    gaps: [...collectorGaps.map((gap): TScanGap => ({ kind: "resource", name: gap.kind, reason: gap.reasonText ?? gap.reason })), ...checkGaps.values()],
    postureScore: score === null ? null : Math.round(score * 100) / 100,
    grade: gradeFor(score),
    compliance: Object.fromEntries(QUICK_WIN_IDS.map((id) => [id, compliance(cluster[id])])) as Record<TQuickWinId, number | null>,
    evaluations: results.length,
  };
}
