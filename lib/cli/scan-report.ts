// The `ramparts scan` JSON document (schemaVersion 1): stable, documented, for CI pipelines.
// Fields are only ever added to version 1 (location, fingerprint and waiver were).
import { relative, sep } from "node:path";
import { evaluateSnapshot } from "../checks/engine";
import type { TLoadProblem } from "../checks/load";
import type { TSourceIndex } from "../checks/positions";
import { evaluatePss, type TPssLevelVerdict } from "../checks/pss";
import type { TCheckResult, TExceptionRule, TObjectRef, TSeverity, TSnapshot } from "../checks/types";
import { topWorkloads } from "../checks/workloads";
import { checkTexts } from "../i18n/check-texts";
import type { TLocale } from "../i18n/locale";
import { fingerprintOf } from "../scans/summarize";

export interface TScanResult {
  check: string;
  quickWin: string;
  severity: TSeverity;
  status: TCheckResult["status"];
  object: TObjectRef;
  container: string | null;
  /** What the check saw, in the scan's language (--lang). */
  message: string;
  cis: string | null;
  pss: { level: string; control: string } | null;
  /** Where the object is defined: path relative to the working directory ("-" = standard input), 1-based line. */
  location: { file: string; line: number } | null;
  /** The finding's identity across runs (the dashboard's fingerprint, computed without a cluster id). */
  fingerprint: string;
  /** Why a fail is waived: the object's exemption annotation or an --exceptions rule. */
  waiver: { source: "annotation" | "exception"; reason: string } | null;
}

export interface TScanReport {
  schemaVersion: 1;
  objects: number;
  results: TScanResult[];
  pss: { object: TObjectRef; baseline: TPssLevelVerdict; restricted: TPssLevelVerdict }[];
  problems: { source: string; message: string }[];
  /** Resource types a live scan could not read (a 403, an absent CRD): their checks are not assessable. Empty for manifests. */
  gaps: { kind: string; reason: string }[];
}

export interface TScanReportOptions {
  objects: number;
  all: boolean;
  problems?: TLoadProblem[];
  positions?: TSourceIndex;
  exceptions?: readonly TExceptionRule[];
  /** Locations are made relative to it (defaults to the process's working directory). */
  cwd?: string;
  now?: Date;
  /** The language of the results' messages (default English). */
  locale?: TLocale;
}

/** CI tools want forward slashes and paths relative to the repository root they run in. */
function displayPath(file: string, cwd: string): string {
  return file === "-" ? file : relative(cwd, file).split(sep).join("/");
}

export function buildScanReport(snapshot: TSnapshot, options: TScanReportOptions): TScanReport {
  const cwd = options.cwd ?? process.cwd();
  const results = evaluateSnapshot(snapshot, { exceptions: options.exceptions ?? [], ...(options.now ? { now: options.now } : {}) })
    .filter((result) => options.all || result.status !== "pass");
  const { say } = checkTexts(options.locale ?? "en");
  return {
    schemaVersion: 1,
    objects: options.objects,
    results: results.map((result) => {
      const position = options.positions?.locate(result.object, result.container);
      return {
        check: result.check,
        quickWin: result.quickWin,
        severity: result.severity,
        status: result.status,
        object: { apiVersion: result.object.apiVersion, kind: result.object.kind, namespace: result.object.namespace ?? "", name: result.object.name },
        container: result.container ?? null,
        message: say(result.message),
        cis: result.cis ?? null,
        pss: result.pss ?? null,
        location: position ? { file: displayPath(position.file, cwd), line: position.line } : null,
        fingerprint: fingerprintOf("", result),
        waiver: result.waiver ? { source: result.waiver.source, reason: result.waiver.reason } : null,
      };
    }),
    pss: topWorkloads(snapshot).map((workload) => {
      const verdict = evaluatePss(workload);
      return { object: { ...workload.ref, namespace: workload.ref.namespace ?? "" }, baseline: verdict.baseline, restricted: verdict.restricted };
    }),
    problems: (options.problems ?? []).map((problem) => ({ source: problem.source, message: say(problem.text) })),
    gaps: snapshot.gaps.map((gap) => ({ kind: gap.kind, reason: gap.reason })),
  };
}

export const SEVERITIES: readonly TSeverity[] = ["critical", "high", "medium", "low"];

/** Whether an open (failing, not waived) result is at or above the threshold: `--fail-on`. */
export function failsAt(report: TScanReport, threshold: TSeverity): boolean {
  const limit = SEVERITIES.indexOf(threshold);
  return report.results.some((result) => result.status === "fail" && SEVERITIES.indexOf(result.severity) <= limit);
}
