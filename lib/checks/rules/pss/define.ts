// The two shapes every check of this family takes: one result per pod-bearing object, or one
// per container. A check supplies its findings, its wording and its fix; this file supplies
// the walk over workloads, passes, evidence, remediation and "not assessable" on bad input.
import type { TCheckContext } from "../../context";
import type { TCheck, TCheckMeta, TCheckOutcome } from "../../types";
import { POD_BEARING_KINDS, type TContainer, type TWorkload } from "../../workloads";
import type { TPssFinding } from "./controls";
import { containerPath, podOf, type TPod } from "./pod";
import { patchRemediation, type TPodFix } from "./remediate";

export const WORKLOAD_KINDS: string[] = [...POD_BEARING_KINDS];

type TPodEntry = { workload: TWorkload; pod?: TPod; error?: unknown };

/** Each workload's pod view, built once per evaluation for the whole family. */
function podEntries(context: TCheckContext): TPodEntry[] {
  return context.shared("pss.pods", () =>
    context.workloads().map((workload): TPodEntry => {
      try {
        return { workload, pod: podOf(workload) };
      } catch (error) {
        return { workload, error };
      }
    }),
  );
}

function podFrom(entry: TPodEntry): TPod {
  if (!entry.pod) throw entry.error instanceof Error ? entry.error : new Error(String(entry.error));
  return entry.pod;
}

/** "Deployment `shop/web`" */
export function describe(pod: TPod): string {
  return `${pod.kind} \`${pod.ref.namespace ? `${pod.ref.namespace}/` : ""}${pod.ref.name}\``;
}

export function evidenceOf(pod: TPod, findings: TPssFinding[]): Record<string, unknown> {
  const metaPath = pod.kind === "Pod" ? "metadata" : pod.specPath.replace(/\.spec$/, ".metadata");
  const evidence: Record<string, unknown> = {};
  for (const finding of findings) {
    const path = finding.container
      ? `${containerPath(pod, finding.container)}.${finding.field}`
      : finding.annotation !== undefined
        ? `${metaPath}.${finding.field}`
        : finding.volume !== undefined
          ? `${pod.specPath}.volumes[${finding.volume}].${finding.field}`
          : `${pod.specPath}.${finding.field}`;
    const previous = evidence[path];
    evidence[path] = previous === undefined ? finding.value : [...(Array.isArray(previous) ? previous : [previous]), finding.value];
  }
  return evidence;
}

interface TRule<TTarget> {
  findings(pod: TPod): TPssFinding[];
  /** False for pods the check does not apply to (e.g. Linux-only settings on Windows pods). */
  applies?(pod: TPod): boolean;
  fail(target: TTarget, findings: TPssFinding[], pod: TPod): string;
  pass(target: TTarget, pod: TPod): string;
  fix(target: TTarget, findings: TPssFinding[], pod: TPod): TPodFix;
}

export function definePodCheck(meta: TCheckMeta, rule: TRule<TPod>): TCheck {
  return {
    ...meta,
    *evaluate(context) {
      yield* context.each(podEntries(context), (entry) => entry.workload.ref, (entry): TCheckOutcome[] => {
        const pod = podFrom(entry);
        if (rule.applies && !rule.applies(pod)) return [];
        const findings = rule.findings(pod);
        if (findings.length === 0) return [{ status: "pass", object: pod.ref, message: rule.pass(pod, pod) }];
        return [{
          status: "fail",
          object: pod.ref,
          message: rule.fail(pod, findings, pod),
          evidence: evidenceOf(pod, findings),
          remediation: patchRemediation(pod, rule.fix(pod, findings, pod)),
        }];
      });
    },
  };
}

export function defineContainerCheck(meta: TCheckMeta, rule: TRule<TContainer>): TCheck {
  return {
    ...meta,
    *evaluate(context) {
      yield* context.each(podEntries(context), (entry) => entry.workload.ref, (entry): TCheckOutcome[] => {
        const pod = podFrom(entry);
        if (rule.applies && !rule.applies(pod)) return [];
        const byContainer = new Map<TContainer, TPssFinding[]>();
        for (const finding of rule.findings(pod)) {
          if (!finding.container) continue;
          const found = byContainer.get(finding.container);
          if (found) found.push(finding);
          else byContainer.set(finding.container, [finding]);
        }
        return pod.containers.map((container): TCheckOutcome => {
          const findings = byContainer.get(container);
          if (!findings) return { status: "pass", object: pod.ref, container: container.name, message: rule.pass(container, pod) };
          return {
            status: "fail",
            object: pod.ref,
            container: container.name,
            message: rule.fail(container, findings, pod),
            evidence: evidenceOf(pod, findings),
            remediation: patchRemediation(pod, rule.fix(container, findings, pod)),
          };
        });
      });
    },
  };
}
