// The remediation contract, executable: applying a fail's patch (or adding its created object)
// and re-evaluating must make that finding pass and add no fail of any check. Pure, so tests
// over fixtures and corpora (and a "preview the fix" feature) can share it.
import { kindOf, nameOf, namespaceOf } from "./access";
import { addObjects } from "./load";
import { evaluateSnapshot } from "./engine";
import { applyStrategicMergePatch } from "./patch";
import type { TCheck, TCheckResult, TRemediation, TSnapshot } from "./types";

/** The identity of a finding across two evaluations (what the fingerprint is built from). */
export function findingKey(result: Pick<TCheckResult, "check" | "object" | "container">): string {
  const { kind, namespace, name } = result.object;
  return [result.check, kind, namespace ?? "", name, result.container ?? ""].join("|");
}

/**
 * The snapshot after applying one remediation, or undefined when it cannot be applied
 * (manual steps, or a patch whose target is not in the snapshot).
 */
export function applyRemediation(snapshot: TSnapshot, remediation: TRemediation): TSnapshot | undefined {
  const next: TSnapshot = structuredClone(snapshot);
  if (remediation.type === "create") {
    addObjects(next, [structuredClone(remediation.object)]);
    return next;
  }
  if (remediation.type !== "patch") return undefined;
  const { kind, namespace, name } = remediation.target;
  const list = next.objects[kind] ?? [];
  const index = list.findIndex((object) => kindOf(object) === kind && nameOf(object) === name && namespaceOf(object) === namespace);
  if (index < 0) return undefined;
  list[index] = applyStrategicMergePatch(list[index]!, remediation.patch);
  return next;
}

export interface TRoundTripProblem {
  finding: string;
  problem: string;
}

/**
 * Checks the contract for every fail (optionally only those of `checkIds`) that carries a patch
 * or a created object. `checks` is the registry used for both evaluations (all checks by default).
 */
export function roundTripProblems(snapshot: TSnapshot, options: { checks?: readonly TCheck[]; checkIds?: ReadonlySet<string> } = {}): { tried: number; problems: TRoundTripProblem[] } {
  const before = evaluateSnapshot(snapshot, { checks: options.checks });
  const failingBefore = new Set(before.filter((result) => result.status === "fail").map(findingKey));
  const problems: TRoundTripProblem[] = [];
  let tried = 0;
  for (const result of before) {
    if (result.status !== "fail" || !result.remediation) continue;
    if (options.checkIds && !options.checkIds.has(result.check)) continue;
    if (result.remediation.type === "manual") continue;
    const finding = findingKey(result);
    const fixed = applyRemediation(snapshot, result.remediation);
    tried += 1;
    if (!fixed) {
      problems.push({ finding, problem: "the remediation could not be applied (target not found)" });
      continue;
    }
    const after = evaluateSnapshot(fixed, { checks: options.checks });
    const same = after.filter((candidate) => findingKey(candidate) === finding);
    if (same.length === 0 || same.some((candidate) => candidate.status !== "pass")) {
      problems.push({ finding, problem: `after the fix: ${same.map((candidate) => `${candidate.status}: ${JSON.stringify(candidate.message)}`).join("; ") || "no result"}` });
    }
    for (const candidate of after) {
      if (candidate.status === "fail" && !failingBefore.has(findingKey(candidate))) {
        problems.push({ finding, problem: `new fail ${findingKey(candidate)}: ${JSON.stringify(candidate.message)}` });
      }
    }
  }
  return { tried, problems };
}

/**
 * The contract as a list of problems (empty when every patch/create remediation of `checks`
 * fixes its finding without adding a fail of those checks). The form the family tests use.
 */
export function verifyRemediations(snapshot: TSnapshot, checks: readonly TCheck[]): TRoundTripProblem[] {
  return roundTripProblems(snapshot, { checks }).problems;
}
