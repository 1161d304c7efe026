// The `ramparts scan` JSON document (schemaVersion 1): stable, documented, for CI pipelines.
import { evaluateSnapshot } from "../checks/engine";
import { evaluatePss, type TPssLevelVerdict } from "../checks/pss";
import type { TCheckResult, TObjectRef, TSnapshot } from "../checks/types";
import { topWorkloads } from "../checks/workloads";

export interface TScanReport {
  schemaVersion: 1;
  objects: number;
  results: {
    check: string;
    quickWin: string;
    severity: string;
    status: TCheckResult["status"];
    object: TObjectRef;
    container: string | null;
    message: string;
    cis: string | null;
    pss: { level: string; control: string } | null;
  }[];
  pss: { object: TObjectRef; baseline: TPssLevelVerdict; restricted: TPssLevelVerdict }[];
  problems: { source: string; message: string }[];
}

export function buildScanReport(
  snapshot: TSnapshot,
  options: { objects: number; all: boolean; problems?: { source: string; message: string }[] },
): TScanReport {
  const results = evaluateSnapshot(snapshot).filter((result) => options.all || result.status !== "pass");
  return {
    schemaVersion: 1,
    objects: options.objects,
    results: results.map((result) => ({
      check: result.check,
      quickWin: result.quickWin,
      severity: result.severity,
      status: result.status,
      object: { apiVersion: result.object.apiVersion, kind: result.object.kind, namespace: result.object.namespace ?? "", name: result.object.name },
      container: result.container ?? null,
      message: result.message,
      cis: result.cis ?? null,
      pss: result.pss ?? null,
    })),
    pss: topWorkloads(snapshot).map((workload) => {
      const verdict = evaluatePss(workload);
      return { object: { ...workload.ref, namespace: workload.ref.namespace ?? "" }, baseline: verdict.baseline, restricted: verdict.restricted };
    }),
    problems: options.problems ?? [],
  };
}
